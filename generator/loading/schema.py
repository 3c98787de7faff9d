"""JSON Schemas generated from the models, for editors' completion (committed, kept fresh by a test)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.model.files import PLAN_FILES, SHARED_FILES, TRACKER_SCHEMAS, schema_name

SCHEMAS = {schema_name(name): model for name, model in {**PLAN_FILES, **SHARED_FILES}.items()} | TRACKER_SCHEMAS


def schema_text(name: str) -> str:
    schema = SCHEMAS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for name in SCHEMAS:
        path = folder / f"{name}.schema.json"
        path.write_text(schema_text(name), encoding="utf-8")
        out.append(path)
    return out
