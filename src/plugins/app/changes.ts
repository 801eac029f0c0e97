import fp from 'fastify-plugin'

// placeholder: filled in by the issue-4 work
export default fp(async () => {}, { name: 'changes', dependencies: ['prisma', 'cursors'] })
