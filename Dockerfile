# The leadpipe API server (`leadpipe serve`) with the dashboard at /, for docker-compose.yml or any
# container platform.
#   docker build -t leadpipe-api .
#   docker run -p 8000:8000 -e LEADPIPE_API_KEY=... -v leadpipe-data:/data leadpipe-api
# The dashboard is built with Vite in the first stage and the pipeline compiled to JavaScript (`dist/`) in
# the second; only their output reaches the image, which runs no transpiler (tsx is a devDependency) and
# serves the dashboard from `packages/pipeline/web/`, the published package's layout.
# Not built on the development machine (no Docker engine there); src/api/deploy-files.test.ts checks it
# statically, and builds the dashboard as the first stage does to check what the image copies from it.

# ---- stage 1: the dashboard (packages/web/dist) ------------------------------------------------------
FROM node:20.20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/pipeline/package.json packages/pipeline/package.json
COPY packages/web/package.json packages/web/package.json
RUN npm ci --workspace packages/web --no-audit --no-fund
COPY packages/web packages/web
# Same origin as the API that serves it: no API base URL baked in.
RUN npm run build --workspace packages/web

# ---- stage 2: the pipeline compiled to JavaScript (packages/pipeline/dist) ----------------------------
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY packages/pipeline/package.json packages/pipeline/package.json
COPY packages/web/package.json packages/web/package.json
RUN npm ci --workspace packages/pipeline --include-workspace-root --no-audit --no-fund
COPY packages/pipeline packages/pipeline
COPY packages/web/static-files.ts packages/web/dist-dir.ts packages/web/
RUN npm run build --workspace packages/pipeline

# ---- stage 3: the server -----------------------------------------------------------------------------
FROM node:20.20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production

# Dependencies first, so source changes reuse this layer. The lockfile holds DuckDB's linux binary.
# Only the pipeline workspace's runtime dependencies: the dashboard needs none at run time.
COPY package.json package-lock.json ./
COPY packages/pipeline/package.json packages/pipeline/package.json
RUN npm ci --omit=dev --workspace packages/pipeline --no-audit --no-fund && npm cache clean --force

COPY packages/pipeline/bin packages/pipeline/bin
COPY --from=build /app/packages/pipeline/dist packages/pipeline/dist
COPY packages/pipeline/schema packages/pipeline/schema
COPY packages/pipeline/models packages/pipeline/models
COPY packages/pipeline/sample packages/pipeline/sample

# The dashboard where the compiled server looks for it without the web package (src/api/web-static.ts).
COPY --from=web /app/packages/web/dist packages/pipeline/web

# The data home (DuckDB file + local stage) lives on a volume; only this container may open it.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
ENV LEADPIPE_HOME=/data \
    LEADPIPE_HOST=0.0.0.0 \
    LEADPIPE_PORT=8000

USER node
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.LEADPIPE_PORT||8000)+'/healthcheck').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# Binding 0.0.0.0 requires LEADPIPE_API_KEY: without it the server refuses to start and says why.
CMD ["node", "packages/pipeline/bin/leadpipe.js", "serve"]
