#!/usr/bin/env bash
# Builds the application's container image as an OCI layout without a Docker daemon or a registry (issue 18):
#   1. the base: a Debian bookworm root made by debootstrap from Debian's own packages — the JRE, the CJK font the
#      letters embed, CA certificates — and the non-root user 10001 (kept in ~/.cache/gongkai-image, rebuilt when
#      this script's package list changes);
#   2. the application on it as its own layers: the libraries (they change seldom), then the application itself;
#   3. the configuration: user 10001, port 8080, the JVM settings of deploy/jvm.options with the class-data sharing
#      archive the image's JVM wrote for it (issue 17), MALLOC_ARENA_MAX=2, files under /var/lib/gongkai.
# Result: target/image/oci (an OCI image layout, tag "gongkai"). Push it where a registry is reachable, e.g.
#   skopeo copy oci:target/image/oci:gongkai docker://registry.example.gov.cn/gongkai/gongkai:0.1.0
# Needs root (debootstrap), debootstrap and umoci (installed with apt when missing) and a packaged application
# (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."

PACKAGES="openjdk-17-jre-headless,fonts-wqy-microhei,ca-certificates,tzdata"
SUITE=bookworm
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
CACHE="${GONGKAI_IMAGE_CACHE:-$HOME/.cache/gongkai-image}"
OUT=target/image/oci
APP=target/quarkus-app

[ -f "$APP/quarkus-run.jar" ] || { echo "image: package the application first (./mvnw package)" >&2; exit 1; }
missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v umoci >/dev/null || missing+=(umoci)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "image: needs ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2; exit 1; }
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

key=$(printf '%s|%s|%s|v2' "$PACKAGES" "$SUITE" "$MIRROR" | sha256sum | cut -c1-16)
BASE="$CACHE/base-$key"
if [ ! -f "$BASE/done" ]; then
  echo "image: building the Debian base ($PACKAGES)"
  rm -rf "$BASE"
  mkdir -p "$BASE"
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$BASE/rootfs" "$MIRROR" >"$BASE/debootstrap.log" 2>&1 \
    || { tail -20 "$BASE/debootstrap.log" >&2; exit 1; }
  r="$BASE/rootfs"
  # what a server does not need: package caches and lists, documentation, manuals, locales but C
  rm -rf "$r"/var/cache/apt/* "$r"/var/lib/apt/lists/* "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/* "$r"/var/log/*
  find "$r/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'C*' -exec rm -rf {} + 2>/dev/null || true
  echo 'gongkai:x:10001:10001:Gongkai:/app:/usr/sbin/nologin' >>"$r/etc/passwd"
  echo 'gongkai:x:10001:' >>"$r/etc/group"
  mkdir -p "$r/var/lib/gongkai/files" "$r/app"
  chown 10001:10001 "$r/var/lib/gongkai/files"
  ln -sf /usr/share/zoneinfo/Asia/Shanghai "$r/etc/localtime"
  umoci init --layout "$BASE/oci"
  umoci new --image "$BASE/oci:base"
  umoci insert --image "$BASE/oci:base" --history.created_by "debootstrap $SUITE + $PACKAGES" "$r" /
  touch "$BASE/done"
fi

echo "image: the application's layers"
rm -rf target/image
mkdir -p target/image
cp -a "$BASE/oci" "$OUT"
umoci tag --image "$OUT:base" gongkai
umoci rm --image "$OUT:base"
stage=target/image/stage
mkdir -p "$stage/app"
cp -a "$APP/." "$stage/app/"
rm -f "$stage/app/app-cds.jsa"
# whole-second times, as the layers' tar keeps them: the archive is valid only for jars of the same size and time
when=$(stat -c %Y "$APP/quarkus-run.jar")
find "$stage" -exec touch -h -d "@$when" {} +
mapfile -t JVM_OPTS < <(grep -v '^#' deploy/jvm.options | sed '/^\s*$/d')
# the class-data sharing archive (issue 17: start-up), written by the image's own JVM for the entrypoint's jar path:
# the application mounted at /app of the base root, Quarkus' generation mode (static initialisation, then exit)
r="$BASE/rootfs"
mount --bind "$stage/app" "$r/app"
mount -t proc proc "$r/proc"
trap 'umount "$r/proc" 2>/dev/null || true; umount "$r/app" 2>/dev/null || true' EXIT
chroot "$r" /usr/bin/env -C /app /usr/bin/java "${JVM_OPTS[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:ArchiveClassesAtExit=/app/app-cds.jsa -Dquarkus.appcds.generate=true -jar /app/quarkus-run.jar >/dev/null 2>&1 || true
umount "$r/proc"
umount "$r/app"
trap - EXIT
[ -s "$stage/app/app-cds.jsa" ] || { echo "image: the class-data sharing archive was not written" >&2; exit 1; }
mv "$stage/app/lib" "$stage/lib"
umoci insert --image "$OUT:gongkai" --history.created_by "the libraries (target/quarkus-app/lib)" "$stage/lib" /app/lib
umoci insert --image "$OUT:gongkai" --history.created_by "the application (target/quarkus-app)" "$stage/app" /app
rm -rf "$stage"

args=(--config.entrypoint /usr/bin/java)
for opt in "${JVM_OPTS[@]}"; do args+=(--config.entrypoint "$opt"); done
args+=(--config.entrypoint -XX:SharedArchiveFile=/app/app-cds.jsa --config.entrypoint -jar --config.entrypoint /app/quarkus-run.jar)
umoci config --image "$OUT:gongkai" "${args[@]}" --config.user 10001:10001 --config.workingdir /app \
  --config.exposedports 8080/tcp --config.env GONGKAI_FILES_DIR=/var/lib/gongkai/files --config.env TZ=Asia/Shanghai --config.env MALLOC_ARENA_MAX=2 \
  --config.env LANG=C.UTF-8 --config.label org.opencontainers.image.title=gongkai \
  --config.label "org.opencontainers.image.description=政务公开平台 Gongkai" --author "Gongkai" --os linux --architecture amd64
umoci gc --layout "$OUT"
echo "image: $OUT (tag gongkai): $(du -sh "$OUT" | cut -f1)"
