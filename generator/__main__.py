"""python -m generator validate | build | serve | import | observe | new-plan | schema | addresses | diff"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from generator.config import Config
from generator.messages import t
from generator.problems import DataError, UserError


def _validate(config: Config, _: argparse.Namespace) -> int:
    from generator.building import addresses
    from generator.loading.loader import load_site

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
    from generator import inputs

    if args.shard is None and not args.all_links:  # nothing changed: answered without loading MkDocs
        notes = inputs.up_to_date(config)
        if notes is not None:
            for note in notes:
                print(note, file=sys.stderr)
            print(t("cli_unchanged", site=config.site_dir.relative_to(config.root)))
            return 0
    from generator.building.build import build_site

    timings = build_site(config, jobs=args.jobs, shard=args.shard, all_links=args.all_links)
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in timings.stages.items())
    if args.shard:
        units = (config.work_dir / "units").relative_to(config.root)
        print(t("cli_shard_built", shard="/".join(map(str, args.shard)), units=units, stages=stages))
    else:
        print(t("cli_built", site=config.site_dir.relative_to(config.root), stages=stages))
    return 0


def _serve(config: Config, args: argparse.Namespace) -> int:
    from generator.building.serve import serve

    serve(config, args.addr)
    return 0


def _check_draft(config: Config) -> int:
    """After a draft is written: the same validation as ``validate``, and what it found."""
    from generator.loading.loader import Loader

    try:
        Loader(config.data_dir, config.root).load()
    except DataError as exc:
        print(t("cli_draft_bad") + "\n" + exc.report(), file=sys.stderr)
        return 1
    print(t("cli_draft_ok"))
    return 0


def _import(config: Config, args: argparse.Namespace) -> int:
    from generator.importer.command import report, write_draft

    folder, draft = write_draft(Path(args.text), args.plan, config.data_dir, force=args.force, url=args.url)
    print(report(folder, draft))
    return _check_draft(config)


def _observe(config: Config, args: argparse.Namespace) -> int:
    from generator.importer.observe_draft import SourceFacts, draft_observations, report

    facts = SourceFacts(args.url, args.reposted_by, args.publisher, args.title, args.date)
    text = Path(args.text)
    draft = draft_observations(
        text, args.plan, config.data_dir, config.root, source_id=args.source_id, facts=facts, write=not args.dry_run
    )
    print(report(text, args.plan, draft, config.data_dir, config.root))
    return _check_draft(config) if draft.written else 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("YYYY-MM-DD") from exc


def _new_plan(config: Config, args: argparse.Namespace) -> int:
    from generator.importer.skeleton import write_skeleton
    from generator.loading.loader import Loader

    folder = write_skeleton(config.data_dir, args.plan_id)
    print(t("cli_new_plan", folder=folder.relative_to(config.root)))
    try:  # the skeleton is a start, not a valid plan: what validate says is the to-do list
        Loader(config.data_dir, config.root).load()
    except DataError as exc:
        print(t("cli_new_plan_todo") + "\n" + exc.report())
    return 0


def _schema(config: Config, _: argparse.Namespace) -> int:
    from generator.loading.schema import write_schemas

    for path in write_schemas(config.root / "schema"):
        print(t("cli_wrote", path=path.relative_to(config.root)))
    return 0


def _addresses(config: Config, _: argparse.Namespace) -> int:
    from generator.building import addresses

    pages = sorted(p.relative_to(config.content_dir).as_posix() for p in config.content_dir.rglob("*.md"))
    new = addresses.record(config, pages)
    print(t("cli_addresses", n=new, file=config.addresses_file.relative_to(config.root)))
    return 0


def _coverage(config: Config, _: argparse.Namespace) -> int:
    from generator.loading.loader import load_site
    from generator.views.coverage import coverage, table

    print(table(coverage(load_site(config.data_dir, config.root))))
    return 0


def _diff(config: Config, args: argparse.Namespace) -> int:
    from generator.review.report import run

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
    prog = "plan-site" if Path(sys.argv[0]).name == "plan-site" else "python -m generator"
    parser = argparse.ArgumentParser(prog=prog, description="规划文本 → 公共信息网站。")
    parser.add_argument(
        "--root", type=Path, default=None, help="仓库根目录（含 data/ 的文件夹；默认：当前目录或本程序所在的仓库）"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="检查 data/ 中的全部文件（与 build 的检查相同）").set_defaults(func=_validate)
    p = sub.add_parser("build", help="检查数据，生成 content/ 并构建 site/（只重建有改动的部分）")
    p.add_argument("--jobs", type=int, default=0, help="MkDocs 并行进程数（默认 0：按要渲染的页数定，最多每核一个）")
    p.add_argument("--shard", type=_shard, default=None, help="i/n：只构建其中一份（持续集成用）")
    p.add_argument("--all-links", action="store_true", help="检查每个页面的链接，而不只是重建的页面")
    p.set_defaults(func=_build)
    p = sub.add_parser("serve", help="本地预览；保存 YAML 文件后自动重建")
    p.add_argument("--addr", default="127.0.0.1:8000")
    p.set_defaults(func=_serve)
    p = sub.add_parser("import", help="把规划纯文本转成规划文件夹草稿")
    p.add_argument("text")
    p.add_argument("--plan", required=True, help="新规划的 id（小写英文字母、数字和连字符）")
    p.add_argument("--force", action="store_true", help="覆盖已有的草稿")
    p.add_argument("--url", default=None, help="原文网页地址（原文没有日期时，用地址中的日期区分已完成的数字与目标）")
    p.set_defaults(func=_import)
    p = sub.add_parser("observe", help="从统计公报、政府工作报告或新闻稿起草某规划指标的观测值（追加，不覆盖）")
    p.add_argument("text", help="原文纯文本（UTF-8，一段一行）")
    p.add_argument("--plan", required=True, help="规划 id，如 anyang-2021-2025")
    p.add_argument("--source-id", default=None, help="来源 id（默认取文件名），也是存档文本的文件名")
    p.add_argument("--url", default=None, help="原文网页地址")
    p.add_argument("--reposted-by", default=None, help="转载网站（默认：非 gov.cn 地址的主机名）")
    p.add_argument("--publisher", default=None, help="发布机关（默认取自原文开头）")
    p.add_argument("--title", default=None, help="标题（默认取自原文开头）")
    p.add_argument("--date", type=_date, default=None, help="发布日期 YYYY-MM-DD（默认取自原文开头）")
    p.add_argument("--dry-run", action="store_true", help="只列出会起草的数字，不写文件")
    p.set_defaults(func=_observe)
    p = sub.add_parser("new-plan", help="生成新规划文件夹的骨架（需按提示补全后才能通过检查）")
    p.add_argument("plan_id")
    p.set_defaults(func=_new_plan)
    sub.add_parser("schema", help="重新生成 schema/ 中的 JSON Schema").set_defaults(func=_schema)
    sub.add_parser("addresses", help="把已生成页面的网址记入 data/addresses.txt").set_defaults(func=_addresses)
    sub.add_parser("coverage", help="每部规划的实际值覆盖情况（由数据计算，Markdown 表格）").set_defaults(
        func=_coverage
    )
    p = sub.add_parser("diff", help="报告两个版本之间数据的改动（Markdown，中文）")
    p.add_argument("base", help="比较的起点版本，如 origin/main")
    p.add_argument("head", nargs="?", default=None, help="比较的终点版本（默认：当前工作区）")
    p.add_argument("--output", help="同时把报告写入此文件")
    p.set_defaults(func=_diff)
    args = parser.parse_args(argv)
    here = Path.cwd()
    config = Config.from_env(args.root or (here if (here / "data" / "plans").is_dir() else None))
    if not (config.root / "data").is_dir():
        print(t("cli_no_data", root=config.root, prog=prog), file=sys.stderr)
        return 1
    try:
        return int(args.func(config, args))
    except UserError as exc:
        print(exc.report(), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
