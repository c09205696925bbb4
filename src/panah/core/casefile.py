"""Reading a case file (YAML or JSON text) into a :class:`~panah.core.case.Case`.

Pure: takes text and a display name, returns a Case or raises
:class:`~panah.core.errors.CaseFileError` whose problems name the file, line, column, field
path and what is wrong. Nothing else escapes: any text either loads or is refused with a
location (a property-based test holds this).

YAML is read by :mod:`panah.core.strictyaml` (YAML 1.2 core rules: dates stay text, so the
model reports ``2019-13-45`` with its location instead of crashing; duplicate keys, aliases
and custom tags refused). JSON is read by :mod:`json`; its positions come from the same walk,
only when a problem needs them.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ValidationError

from panah.core import case as case_models
from panah.core.case import Case
from panah.core.errors import CaseFileError, Problem
from panah.core.i18n import DEFAULT_LANGUAGE, current_language, ngettext, pgettext
from panah.core.i18n import gettext as _
from panah.core.integrity import check_integrity
from panah.core.strictyaml import Located, Path, YamlError, format_path, read_yaml

__all__ = ["decode_case_bytes", "dump_case", "format_path", "parse_case", "parse_case_bytes"]

Format = Literal["yaml", "json"]


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(case_models).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            names.update(obj.model_fields)
    return names


def _expected(text: str) -> str:
    """Pydantic's ``'a', 'b' or 'c'`` with the last ``or`` in the current language."""
    head, sep, last = text.rpartition(" or ")
    return _("{choices} or {last}").format(choices=head, last=last) if sep else text


def _pydantic_message(err: Any) -> str:
    """Pydantic's message for one error, in the current language.

    English keeps pydantic's own words; another language gets a translated template chosen
    by the error's ``type`` and filled from its ``ctx``. A type without a template keeps
    pydantic's English after a translated lead."""
    message = str(err["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            return message[len(prefix) :]  # our own validators' words, already translated
    if current_language() == DEFAULT_LANGUAGE:
        return message
    try:
        translated = _translated(str(err["type"]), dict(err.get("ctx") or {}))
    except (KeyError, TypeError, ValueError):  # a ctx not as expected: never fail a report
        translated = None
    return translated or _("Invalid value: {details}").format(details=message)


def _translated(kind: str, ctx: dict[str, Any]) -> str | None:
    """A template for pydantic's error ``kind``, filled from its ``ctx``; None if none."""
    if kind in ("literal_error", "enum"):
        return _("Input should be {expected}").format(
            expected=_expected(str(ctx.get("expected", "")))
        )
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == case_models.ID_PATTERN:
            return _(
                "An id is 1 to 64 Latin letters, digits and _ . : - starting with a letter "
                "or digit"
            )
        return _("The text does not have the expected form ('{pattern}')").format(
            pattern=ctx.get("pattern", "")
        )
    if kind in ("string_too_short", "string_too_long", "too_short", "too_long"):
        n = int(ctx.get("min_length" if kind.endswith("short") else "max_length", 0))
        if kind == "string_too_short":
            text = ngettext("Text should have at least {n} character",
                            "Text should have at least {n} characters", n)
        elif kind == "string_too_long":
            text = ngettext("Text should have at most {n} character",
                            "Text should have at most {n} characters", n)
        elif kind == "too_short":
            text = ngettext("The list should have at least {n} item",
                            "The list should have at least {n} items", n)
        else:
            text = ngettext("The list should have at most {n} item",
                            "The list should have at most {n} items", n)
        return text.format(n=n)
    if kind in _BOUNDS:
        (bound,) = (ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx)
        return _BOUNDS[kind]().format(bound=bound)
    template = _PYDANTIC.get(kind)
    return template() if template is not None else None


_BOUNDS: dict[str, Callable[[], str]] = {
    "greater_than_equal": lambda: _("Input should be greater than or equal to {bound}"),
    "greater_than": lambda: _("Input should be greater than {bound}"),
    "less_than_equal": lambda: _("Input should be less than or equal to {bound}"),
    "less_than": lambda: _("Input should be less than {bound}"),
}
_PYDANTIC: dict[str, Callable[[], str]] = {
    "string_type": lambda: _("Input should be text"),
    "string_unicode": lambda: _("Input should be text"),
    "int_type": lambda: _("Input should be a whole number"),
    "int_parsing": lambda: _("Input should be a whole number"),
    "int_from_float": lambda: _("Input should be a whole number, without a fractional part"),
    "float_type": lambda: _("Input should be a number"),
    "float_parsing": lambda: _("Input should be a number"),
    "finite_number": lambda: _("Input should be a finite number"),
    "bool_type": lambda: _("Input should be true or false"),
    "bool_parsing": lambda: _("Input should be true or false"),
    "list_type": lambda: _("Input should be a list"),
    "tuple_type": lambda: _("Input should be a list"),
    "set_type": lambda: _("Input should be a list"),
    "dict_type": lambda: _("Input should be a mapping of fields (name: value)"),
    "model_type": lambda: _("Input should be a mapping of fields (name: value)"),
    "model_attributes_type": lambda: _("Input should be a mapping of fields (name: value)"),
    "date_type": lambda: _("Input should be a date such as 2019-10-06"),
    "date_parsing": lambda: _("Input should be a date such as 2019-10-06"),
    "date_from_datetime_parsing": lambda: _("Input should be a date such as 2019-10-06"),
    "date_from_datetime_inexact": lambda: _("Input should be a date such as 2019-10-06"),
    "datetime_type": lambda: _("Input should be a date and time such as 2019-10-06T10:30+06:00"),
    "datetime_parsing": lambda: _(
        "Input should be a date and time such as 2019-10-06T10:30+06:00"
    ),
    "none_required": lambda: _("Input should be empty (null)"),
}


def _validation_problems(exc: ValidationError, file: str, located: Located) -> list[Problem]:
    problems = []
    errors = exc.errors(include_url=False)
    deeper = {tuple(e["loc"][:n]) for e in errors for n in range(len(e["loc"]))}
    for err in errors:
        if err["type"] == "too_short" and tuple(err["loc"]) in deeper:
            continue  # a list whose items failed is reported through its items
        loc: Path = tuple(err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            field = str(loc[-1]) if loc else "?"
            # A field of another part of the case is no hint (events have no 'date').
            others = sorted(_all_field_names() - {field})
            hint = difflib.get_close_matches(field, others, n=1)
            if hint:
                message = _("unknown field {field!r} (did you mean {hint!r}?)").format(
                    field=field, hint=hint[0]
                )
            else:
                message = _("unknown field {field!r}").format(field=field)
        elif kind == "missing":
            message = (
                _("required field {field!r} is missing").format(field=loc[-1])
                if loc
                else _("required field missing")
            )
        else:
            message = _pydantic_message(err)
        if kind not in ("extra_forbidden", "missing") and "input" in err:
            shown = repr(err["input"])
            if len(shown) <= 60 and not isinstance(err["input"], dict | list):
                message = _("{message} (got {shown})").format(message=message, shown=shown)
        problems.append(located.problem(loc, message, key=kind == "extra_forbidden"))
    return problems


# Characters YAML reads differently from JSON (tabs, line breaks JSON does not count,
# non-printables), and surrogate escapes YAML refuses: each replaced by one character, so
# lines and columns stay those of the original text.
_YAML_UNSAFE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _json_for_positions(text: str) -> str:
    return _SURROGATE_ESCAPE.sub(r"\\u0058", _YAML_UNSAFE.sub(" ", text))


class _DuplicateKeyError(ValueError):
    pass


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKeyError
    return out


def _json_positions(text: str, file: str) -> Located:
    """Positions in a JSON text from the strict YAML walk (JSON is YAML), made only when a
    problem needs them: a valid file never pays for it."""
    try:
        return read_yaml(_json_for_positions(text), file=file, positions_only=True)
    except YamlError:
        return Located(file)


def decode_case_bytes(raw: bytes, *, file: str) -> str:
    """The text of a case file read as bytes (UTF-8, with or without a byte-order mark).

    Bytes that are not UTF-8 raise a CaseFileError naming the line and column of the first bad
    byte, in the reader's language, so an upload, an API body and a file on disk fail alike."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise CaseFileError(
            [Problem(file, line, column, "", _("not UTF-8 text (save the file as UTF-8)"))]
        ) from None


def parse_case_bytes(raw: bytes, *, file: str = "<case>", fmt: Format | None = None) -> Case:
    """:func:`parse_case` for bytes: decoded by :func:`decode_case_bytes`, then parsed."""
    return parse_case(decode_case_bytes(raw, file=file), file=file, fmt=fmt)


def parse_case(text: str, *, file: str = "<case>", fmt: Format | None = None) -> Case:
    """Parse and check a case file. Raise CaseFileError listing every problem found."""
    if fmt is None:
        fmt = "json" if file.lower().endswith(".json") else "yaml"
    located: Located | None = None
    if fmt == "json":
        try:
            data = json.loads(text, object_pairs_hook=_refuse_duplicates)
        except _DuplicateKeyError:
            try:
                read_yaml(_json_for_positions(text), file=file, what="case files")
            except YamlError as exc:
                raise CaseFileError(exc.problems) from None
            raise CaseFileError([Problem(file, None, None, "", _("duplicate key"))]) from None
        except json.JSONDecodeError as exc:
            raise CaseFileError(
                [
                    Problem(
                        file,
                        exc.lineno,
                        exc.colno,
                        "",
                        _("not valid JSON: {details}").format(details=pgettext("JSON", exc.msg)),
                    )
                ]
            ) from None
        except RecursionError:
            raise CaseFileError([Problem(file, 1, 1, "", _("nested too deeply"))]) from None
    else:
        try:
            located = read_yaml(text, file=file, what="case files")
        except YamlError as exc:
            raise CaseFileError(exc.problems) from None
        data = located.data
    if not isinstance(data, dict):
        raise CaseFileError(
            [Problem(file, 1, 1, "", _("a case file must be a mapping of fields"))]
        )

    def positions() -> Located:
        return located if located is not None else _json_positions(text, file)

    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(_validation_problems(exc, file, positions())) from None
    issues = check_integrity(case)
    if issues:
        where = positions()
        raise CaseFileError([where.problem(path, message) for path, message in issues])
    return case


def dump_case(case: Case, fmt: Format = "yaml") -> str:
    """Write a case back out (canonical field order, defaults left out)."""
    data = case.model_dump(mode="json", exclude_defaults=True)
    data = {"format_version": case.format_version, **data}
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
