"""The JSON Schema of the case-file format, generated from the model."""

from __future__ import annotations

import json
from typing import Any

from panah.core.case import FORMAT_VERSION, Case

__all__ = ["case_schema", "case_schema_text"]


def case_schema() -> dict[str, Any]:
    schema = Case.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["x-format-version"] = FORMAT_VERSION
    return schema


def case_schema_text() -> str:
    return json.dumps(case_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
