"""Option values converted without pydantic, where typer's own result is certain.

typer 0.29 converts every option's value through a pydantic ``TypeAdapter`` built at parse
time, even an option left at its default: a check imported pydantic (+12 MiB) and built about
twenty adapters (about 7 % of its main thread's CPU). The plain forms our commands take (a
word, a decimal number, a path, an enum's value, lists of them) are converted here to what
typer would return; any other value (``1_000``, ``1e3``, a bad number, a word not among the
choices) goes to typer's own conversion, so its results and its messages stay typer's.
tests/cli/test_coerce.py checks both give the same for every option of every command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path
from typer.core import TyperArgument, TyperOption

_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,15})?")
_UNSURE = object()


def _converter(annotation: Any, descriptor: TypeDescriptor) -> Any | None:
    """A function from one command-line word to typer's value, or ``_UNSURE``; None when
    this annotation is not one handled here."""
    info = descriptor.parameter_info
    if info.parser is not None or getattr(info, "click_type", None) is not None:
        return None
    if annotation is str:
        return lambda v: v if type(v) is str else _UNSURE
    if annotation is bool:  # a flag's value is a bool already; a flag left out is None
        return lambda v: v if type(v) is bool else _UNSURE
    if annotation is int or annotation is float:
        if info.min is not None or info.max is not None:
            return None
        pattern, kind = (_INT, int) if annotation is int else (_FLOAT, float)
        exact = (int,) if annotation is int else (int, float)  # a default: as pydantic does

        def number(v: Any) -> Any:
            if type(v) in exact or (type(v) is str and pattern.fullmatch(v)):
                return kind(v)
            return _UNSURE

        return number
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = tuple(annotation)
        sensitive = info.case_sensitive

        def choice(v: Any) -> Any:
            try:
                return coerce_cli_choice(v, choices=members, case_sensitive=sensitive)
            except ValueError:
                return _UNSURE

        return choice
    if annotation is Path and info.path_type is None:

        def path(v: Any) -> Any:
            # a str is made a Path as pydantic would; the checks on it are typer's own
            if isinstance(v, Path):
                given = v
            elif type(v) is str and v and "\0" not in v:
                given = Path(v)
            else:
                return _UNSURE
            try:
                return coerce_cli_path(given, info, path_type=Path)
            except BadParameter:
                return _UNSURE  # typer's own conversion says so, naming the option

        return path
    return None


@dataclass(frozen=True)
class PlainRuntimeParam(RuntimeParam):
    """typer's value for the plain forms; typer's own conversion for anything else."""

    descriptor: TypeDescriptor
    convert: Any
    many: bool
    fallback: list[RuntimeParam] = field(default_factory=list)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        if ctx is not None and ctx.token_normalize_func is not None:
            pass  # choices would be normalized by it: typer's own conversion
        elif self.many:
            if isinstance(value, (list, tuple)):
                items = [self.convert(v) for v in value]
                if all(item is not _UNSURE for item in items):
                    return items
        else:
            converted = self.convert(value)
            if converted is not _UNSURE:
                return converted
        if not self.fallback:
            self.fallback.append(build_runtime_param(self.descriptor))
        return self.fallback[0]._coerce_value(value, param=param, ctx=ctx)


def plain_runtime_param(descriptor: TypeDescriptor) -> RuntimeParam | None:
    annotation: Any = descriptor.annotation
    if descriptor.file_annotation is not None:
        return None
    origin: Any = get_origin(annotation)
    many = origin is list
    if many:
        (annotation,) = get_args(annotation)
    convert = _converter(annotation, descriptor)
    if convert is None:
        return None
    return PlainRuntimeParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        descriptor=descriptor,
        convert=convert,
        many=many,
    )


def _convert(param: Any) -> None:
    if not isinstance(param, (TyperOption, TyperArgument)):
        return
    if getattr(param, "_runtime_param", None) is not None:
        return
    plain = plain_runtime_param(param.type_descriptor)
    if plain is not None:
        param._runtime_param = plain


def convert_without_pydantic(command: Any, *, recursive: bool = True) -> None:
    """Give the command's (and its subcommands') plain options the conversion above."""
    for param in command.params:
        _convert(param)
    if "get_help_option" not in vars(command):
        made_by = command.get_help_option

        def get_help_option(ctx: Any) -> Any:
            option = made_by(ctx)  # made when first asked for, then kept
            _convert(option)
            return option

        vars(command)["get_help_option"] = get_help_option
    if recursive:
        for sub in getattr(command, "commands", {}).values():
            convert_without_pydantic(sub)
