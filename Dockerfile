# syntax=docker/dockerfile:1
# Build stage: install all dependencies, compile TypeScript and build the dashboard's static files.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seeds ./seeds
COPY schema ./schema
COPY scripts ./scripts
COPY web ./web
# `npm run build` compiles to dist/ and bundles web/ into web/dist/; the pruned node_modules keep
# no bundler and none of the dashboard's libraries (they are dev dependencies).
RUN npm run build && npm prune --omit=dev

# Runtime stage: compiled code, the built dashboard, production dependencies, Cypher and seed data;
# runs as non-root.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
COPY src/local-neo4j/neo4j-runtime.pom.xml ./dist/src/local-neo4j/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/cli/start.js"]
