# The API image docker-compose.yml builds. DATABASE_URL must point at a PostgreSQL server.
FROM node:20-bookworm-slim
WORKDIR /app
ENV DATABASE_URL=postgresql://parley:parley@db:5432/parley
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 3000
CMD ["npm", "start"]
