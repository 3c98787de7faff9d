"""python -m generator validate | build | serve | import | new-plan | schema | addresses | diff"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.config import Config
from generator.messages import t
from generator.problems import DataError, UserError


def _validate(config: Config, _: argparse.Namespace) -> int:
    from generator import addresses
    from generator.loader import load_site

    site = load_site(config.data_dir, config.root)
    addresses.check_planned(config, site)  # what the build checks once the pages are known
    counts = [p.counts() for p in site.plans]
    total = {k: sum(c[k] for c in counts) for k in ("indicators", "box_items", "measures")}
    print(
        t(
            "cli_valid",
            plans=len(site.plans),
            indicators=total["indicators"],
            items=total["box_items"],
            measures=total["measures"],
        )
    )
    return 0


def _build(config: Config, args: argparse.Namespace) -> int:
    from generator.build import build_site

    timings = build_site(config, jobs=args.jobs, shard=args.shard, all_links=args.all_links)
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in timings.stages.items())
    if args.shard:
        units = (config.work_dir / "units").relative_to(config.root)
        print(t("cli_shard_built", shard="/".join(map(str, args.shard)), units=units, stages=stages))
    else:
        print(t("cli_built", site=config.site_dir.relative_to(config.root), stages=stages))
    return 0


def _serve(config: Config, args: argparse.Namespace) -> int:
    from generator.serve import serve

    serve(config, args.addr)
    return 0


def _import(config: Config, args: argparse.Namespace) -> int:
    from generator.importer.command import report, write_draft
    from generator.loader import Loader

    folder, draft = write_draft(Path(args.text), args.plan, config.data_dir, force=args.force)
    print(report(folder, draft))
    try:
        Loader(config.data_dir, config.root).load()
    except DataError as exc:
        print(t("cli_draft_bad") + "\n" + exc.report(), file=sys.stderr)
        return 1
    print(t("cli_draft_ok"))
    return 0


def _new_plan(config: Config, args: argparse.Namespace) -> int:
    from generator.skeleton import write_skeleton

    folder = write_skeleton(config.data_dir, args.plan_id)
    print(t("cli_new_plan", folder=folder.relative_to(config.root)))
    return 0


def _schema(config: Config, _: argparse.Namespace) -> int:
    from generator.schema import write_schemas

    for path in write_schemas(config.root / "schema"):
        print(t("cli_wrote", path=path.relative_to(config.root)))
    return 0


def _addresses(config: Config, _: argparse.Namespace) -> int:
    from generator import addresses

    pages = sorted(p.relative_to(config.content_dir).as_posix() for p in config.content_dir.rglob("*.md"))
    new = addresses.record(config, pages)
    print(t("cli_addresses", n=new, file=config.addresses_file.relative_to(config.root)))
    return 0


def _diff(config: Config, args: argparse.Namespace) -> int:
    from generator.diff import run

    report = run(config.root, args.base, args.head)
    if args.output:
        Path(args.output).write_text(report.text, encoding="utf-8")
    print(report.text, end="")
    return report.exit_code


def _shard(text: str) -> tuple[int, int]:
    i, _, n = text.partition("/")
    if not (i.isdigit() and n.isdigit() and 1 <= int(i) <= int(n)):
        raise argparse.ArgumentTypeError("i/n, e.g. 1/4")
    return int(i), int(n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Plans → website.")
    parser.add_argument("--root", type=Path, default=None, help="repository root (default: this checkout)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check every file in data/").set_defaults(func=_validate)
    p = sub.add_parser("build", help="validate, write content/, build site/ (only the units that changed)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for MkDocs")
    p.add_argument("--shard", type=_shard, default=None, help="i/n: build only this share of the units (CI)")
    p.add_argument("--all-links", action="store_true", help="check every page's links, not only rebuilt ones")
    p.set_defaults(func=_build)
    p = sub.add_parser("serve", help="preview locally; rebuilds when a YAML file is saved")
    p.add_argument("--addr", default="127.0.0.1:8000")
    p.set_defaults(func=_serve)
    p = sub.add_parser("import", help="turn a plan's text into a draft plan folder")
    p.add_argument("text")
    p.add_argument("--plan", required=True, help="the new plan's id (ASCII slug)")
    p.add_argument("--force", action="store_true", help="overwrite an existing draft")
    p.set_defaults(func=_import)
    p = sub.add_parser("new-plan", help="write a valid skeleton plan folder")
    p.add_argument("plan_id")
    p.set_defaults(func=_new_plan)
    sub.add_parser("schema", help="regenerate the JSON Schemas in schema/").set_defaults(func=_schema)
    sub.add_parser("addresses", help="record the built pages' addresses in data/addresses.txt").set_defaults(
        func=_addresses
    )
    p = sub.add_parser("diff", help="report (Markdown, Chinese) what a change does to the data between two revisions")
    p.add_argument("base", help="git revision to compare from, e.g. origin/main")
    p.add_argument("head", nargs="?", default=None, help="git revision to compare to (default: the working tree)")
    p.add_argument("--output", help="also write the report to this file")
    p.set_defaults(func=_diff)
    args = parser.parse_args(argv)
    here = Path.cwd()
    config = Config.from_env(args.root or (here if (here / "data" / "plans").is_dir() else None))
    try:
        return int(args.func(config, args))
    except UserError as exc:
        print(exc.report(), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
