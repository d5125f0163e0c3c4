#!/bin/sh
# Re-vendor vis-timeline from the npm registry, for the views' timeline.
#
#   kg/viz/vendor/revendor.sh [VERSION]     (default: the version kg uses now)
#
# Writes kg/viz/vendor/vis-timeline-VERSION/: the standalone UMD build, its
# stylesheet, the licences (Apache-2.0 OR MIT) and SHA256SUMS. The page embeds
# them inline (kg/viz/timeline.py), so a view stays one offline file. After a
# new version: set TIMELINE_VERSION in kg/viz/timeline.py, remove the old
# folder, and run tests/test_viz_timeline.py.
set -eu
VERSION=${1:-8.5.4}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "vis-timeline@$VERSION" >/dev/null && tar xzf "vis-timeline-$VERSION.tgz")
OUT="$HERE/vis-timeline-$VERSION"
mkdir -p "$OUT"
for file in standalone/umd/vis-timeline-graph2d.min.js styles/vis-timeline-graph2d.min.css \
            LICENSE.md LICENSE.Apache-2.0.txt LICENSE.MIT.txt; do
  cp "$WORK/package/$file" "$OUT/"
done
(cd "$OUT" && sha256sum vis-timeline-graph2d.min.js vis-timeline-graph2d.min.css > SHA256SUMS)
echo "vis-timeline $VERSION vendored in $OUT"
