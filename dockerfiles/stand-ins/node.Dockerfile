# Stand-in for the official node:20-bookworm-slim, made by `scripts/setup.sh --compose`
# only where no registry answers: Debian plus this machine's own Node.js 20 and npm,
# laid out like the official image (/usr/local, user node 1000:1000). The context is
# a folder set-up fills with the node binary, the npm folder and
# extra-ca-certificates.crt: the CAs this machine's Node.js trusts beyond its own
# (NODE_EXTRA_CA_CERTS; empty when there are none), so npm in an image build
# reaches the registry the way it does on this machine.
FROM debian:bookworm-slim
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY extra-ca-certificates.crt /usr/local/share/node-extra-ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/node-extra-ca-certificates.crt
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
 && node --version \
 && npm --version
CMD ["node"]
