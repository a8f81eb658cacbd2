# The platform's services for infra/compose.yaml (profile "platform"): the repository with its
# locked dependencies. Node 24 runs each service's src/main.ts directly; the compose file picks which.
FROM node:24-bookworm-slim
WORKDIR /app
RUN npm install --global pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile --prod=false
ENV BZ_LOG_LEVEL=info
