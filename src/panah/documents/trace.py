"""Fingerprints that tie a filed paper to the case file and assessment it came from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

__all__ = ["assessment_sha256", "canonical_json", "case_sha256"]


def case_sha256(raw: bytes) -> str:
    """``sha256:<hex>`` of the case file exactly as stored (its bytes, not the parsed model)."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def canonical_json(data: Any) -> bytes:
    """JSON with sorted keys and no insignificant whitespace: equal data, equal bytes."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def assessment_sha256(assessment: Mapping[str, Any]) -> str:
    """``sha256:<hex>`` of the assessment in canonical JSON (key order does not matter)."""
    return "sha256:" + hashlib.sha256(canonical_json(assessment)).hexdigest()
