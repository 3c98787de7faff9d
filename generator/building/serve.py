"""`serve`: MkDocs' live-reload server, plus regeneration of content/ when data/ changes."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

from generator import urls
from generator.building.build import Timings, one_build_at_a_time, write_content
from generator.building.bundle import make_bundle
from generator.building.search_index import index_site
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
    with one_build_at_a_time(config):  # a `build` meanwhile would write the same content/
        write_content(config, Timings())
        stop = threading.Event()
        threading.Thread(target=_watch, args=(config, stop), daemon=True).start()
        try:
            mkdocs_serve(
                config_file=str(config.mkdocs_generated),
                dev_addr=addr,
                livereload=True,
                hooks=[__file__],  # this module's on_post_build and on_serve, below
            )
        finally:
            stop.set()


# MkDocs hooks (this file is loaded as a hooks module by `serve`)


def on_post_build(config: Any) -> None:
    """After each live-reload build, what `build` adds after MkDocs: the search index and the
    offline bundle, so the preview's search box and download links work."""
    site = Path(config["site_dir"])
    index_site(site)
    make_bundle(site, site / urls.OFFLINE_BUNDLE)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """The address, once the first build is done and the server answers (MkDocs binds the port
    only after this hook: a thread waits for it)."""
    addr = config["dev_addr"]
    threading.Thread(target=_announce, args=(addr.host, addr.port), daemon=True).start()
    return server


def _announce(host: str, port: int) -> None:
    for _ in range(1200):  # a minute at most
        try:
            with socket.create_connection((host, port), timeout=1):
                break
        except OSError:
            time.sleep(0.05)
    print(t("cli_serving", addr=f"{host}:{port}"), flush=True)
