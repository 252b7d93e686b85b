# syntax=docker/dockerfile:1
# Convene in a container: a Rust builder stage (dependencies cached in their own layer) and a small
# Debian runtime holding only the binary and its configuration, run as a non-root user.
# Build: docker build -t convene .   Run: see docker-compose.yml and README (Deployment).

# The toolchain the project is built and tested with.
ARG RUST_VERSION=1.95

FROM rust:${RUST_VERSION}-slim-bookworm AS builder
WORKDIR /src
# 1. Dependencies only: the manifests and stub sources. This layer is rebuilt only when a
#    Cargo.toml or Cargo.lock changes, not on every source edit.
COPY Cargo.toml Cargo.lock ./
COPY core/Cargo.toml core/Cargo.toml
COPY bots/Cargo.toml bots/Cargo.toml
COPY scheduler/Cargo.toml scheduler/Cargo.toml
COPY admin/Cargo.toml admin/Cargo.toml
COPY bench/Cargo.toml bench/Cargo.toml
# (bench is a workspace member that is not built here: its stub only satisfies the manifest.)
RUN mkdir -p src core/src bots/src scheduler/src admin/src bench/src \
    && echo 'fn main() {}' > src/main.rs \
    && echo 'fn main() {}' > bench/src/reminders.rs \
    && for crate in core bots scheduler admin; do touch "$crate/src/lib.rs"; done \
    && cargo build --release --locked -p convene \
    && rm -rf src core/src bots/src scheduler/src admin/src
# 2. Convene itself (migrations are compiled into the binary).
COPY src src
COPY core/src core/src
COPY bots/src bots/src
COPY scheduler/src scheduler/src
COPY admin/src admin/src
COPY migrations migrations
# Newer than the stubs' build, so cargo rebuilds the workspace crates.
RUN touch src/main.rs core/src/lib.rs bots/src/lib.rs scheduler/src/lib.rs admin/src/lib.rs \
    && cargo build --release --locked -p convene \
    && strip target/release/convene

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /var/lib/convene --create-home convene
COPY --from=builder /src/target/release/convene /usr/local/bin/convene
COPY config/convene.toml /etc/convene/convene.toml
# The working folder is where the default SQLite file (convene.db) would live: keep it on a volume.
# With Postgres (docker-compose.yml) nothing is written there.
ENV CONVENE_CONFIG=/etc/convene/convene.toml \
    CONVENE_ADMIN_ADDR=0.0.0.0:8080 \
    CONVENE_LOG_FORMAT=json
USER convene:convene
WORKDIR /var/lib/convene
VOLUME ["/var/lib/convene"]
EXPOSE 8080
# `convene serve` shuts down cleanly on Ctrl-C (SIGINT) and on SIGTERM alike.
STOPSIGNAL SIGINT
ENTRYPOINT ["convene"]
CMD ["serve"]
