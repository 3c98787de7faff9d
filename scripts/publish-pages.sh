#!/usr/bin/env bash
# CI: publish site/ at the root of the gh-pages branch, which GitHub Pages serves.
# The pull-request previews under pr-preview/ (written by the preview job) are kept.
# A preview job may push to the branch at the same moment: retry on a rejected push.
set -euo pipefail
cd "$(dirname "$0")/.."
site="$PWD/site"
pages="$(mktemp -d)/pages"
export GIT_AUTHOR_NAME="github-actions[bot]" GIT_COMMITTER_NAME="github-actions[bot]"
export GIT_AUTHOR_EMAIL="41898282+github-actions[bot]@users.noreply.github.com"
export GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
for attempt in 1 2 3; do
  rm -rf "$pages"
  git worktree prune
  if git fetch --quiet origin gh-pages 2>/dev/null; then
    git worktree add --quiet --detach "$pages" FETCH_HEAD
  else   # the first publication: a branch with no history
    git worktree add --quiet --detach "$pages"
    git -C "$pages" checkout --quiet --orphan gh-pages
    git -C "$pages" rm -rfq --ignore-unmatch .
  fi
  find "$pages" -mindepth 1 -maxdepth 1 ! -name .git ! -name pr-preview -exec rm -rf {} +
  cp -a "$site/." "$pages/"
  touch "$pages/.nojekyll"   # serve folders as they are (no Jekyll)
  git -C "$pages" add -A
  if git -C "$pages" diff --cached --quiet; then
    echo "gh-pages already has this site"
    exit 0
  fi
  git -C "$pages" commit --quiet -m "Publish ${GITHUB_SHA:-$(git rev-parse HEAD)}"
  if git -C "$pages" push --quiet origin HEAD:refs/heads/gh-pages; then
    echo "published on gh-pages (attempt $attempt)"
    exit 0
  fi
  sleep $((attempt * 5))
done
echo "could not push to gh-pages" >&2
exit 1
