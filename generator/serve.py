"""`serve`: MkDocs' live-reload server, plus regeneration of content/ when data/ changes."""

from __future__ import annotations

import threading
import time

from generator import search_index
from generator.build import Timings, write_content
from generator.config import Config
from generator.messages import t
from generator.problems import DataError


def _snapshot(config: Config) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in config.data_dir.rglob("*") if p.is_file()}


def _watch(config: Config, stop: threading.Event) -> None:
    seen = _snapshot(config)
    while not stop.wait(1.0):
        now = _snapshot(config)
        if now != seen:
            seen = now
            try:
                write_content(config, Timings())
                print(t("cli_regenerated", time=time.strftime("%H:%M:%S")), flush=True)
            except DataError as exc:
                print(exc.report())


def serve(config: Config, addr: str) -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve

    config.work_dir.mkdir(exist_ok=True)
    write_content(config, Timings())
    stop = threading.Event()
    threading.Thread(target=_watch, args=(config, stop), daemon=True).start()
    print(t("cli_serving", addr=addr), flush=True)
    try:
        mkdocs_serve(
            config_file=str(config.mkdocs_generated),
            dev_addr=addr,
            livereload=True,
            hooks=[search_index.__file__],  # Pagefind after each rebuild, as `build` does
        )
    finally:
        stop.set()
