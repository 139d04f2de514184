# syntax=docker/dockerfile:1
# Build stage: install all dependencies and compile TypeScript.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seeds ./seeds
COPY schema ./schema
COPY web ./web
# The dashboard is bundled here, so the runtime user never needs to write web/dist/.
RUN npm run build && node -e "import('./dist/src/server/web-assets.js').then((m) => m.buildDashboard())" && npm prune --omit=dev

# Runtime stage: compiled code, production dependencies, Cypher and seed data; runs as non-root.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/web ./web
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
