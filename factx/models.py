"""The record contract (../shared/spec/records.md) as pydantic models: validation and JSON Schema.

`Record` is what factx prints, one JSON object a line. Validation rejects a record that
breaks the contract (a span that is not its quote, a unit outside the vocabulary, a stake
over 100%); the pipeline turns the rejection into a warning, never a crash.
"""
from __future__ import annotations

from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .rulebook import DEAL_KINDS, KINDS

Kind = Literal[KINDS]  # type: ignore[valid-type]
Approx = Literal["about", "over", "nearly", "up_to", "at_least"]
Basis = Literal["yoy", "qoq", "mom", "ytd", "unspecified"]

CURRENCIES = frozenset({"CNY", "USD", "HKD", "TWD", "EUR", "JPY", "GBP", "KRW", "AUD", "CAD", "SGD", "CHF",
                        "RUB", "INR", "MOP", "MYR", "THB", "NZD", "SEK", "NOK", "DKK", "TRY", "BRL", "VND", "IDR", "PHP"})
# a count noun in English, as the contract writes them (orders, users, vehicles, kilowatt-hours,
# square_meters…): the classifier table and the rules' count vocabulary name them, and a user's
# rules may add more, so the check is on the form, not on a list
_COUNT_NOUN = regex.compile(r"[a-z]+(?:[-_][a-z]+)*")
_PERIOD = regex.compile(r"\d{4}(?:H[12]|Q[1-4]|-\d\d(?:-\d\d)?)?(?:/\d{4}(?:H[12]|Q[1-4]|-\d\d(?:-\d\d)?)?)?")


class Record(BaseModel):
    """One financial fact, grounded in its document."""
    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str = Field(description="document id: <path relative to the input root>#<n>")
    kind: Kind = Field(description="what the figure is")
    subject: str = Field(min_length=1, description="entity id, or the name as written")
    value: int | float | None = Field(description="figure in base units; null when only a change is given")
    value_max: int | float | None = Field(None, description="upper end of a range")
    unit: str | None = Field(description="ISO 4217 code, percent, points, or an English count noun")
    approx: Approx | None = Field(None, description="the text's hedge on the figure")
    period: str | None = Field(None, description="calendar period: 2025, 2025H1, 2025Q3, 2025-05, 2025-12-04, or a/b")
    change: dict[Basis, int | float] | None = Field(None, description="growth rates in percent, by basis")
    span: tuple[int, int] = Field(description="code-point offsets of the mention in the document text")
    quote: str = Field(min_length=1, description="text[span[0]:span[1]]")
    sentence: str = Field(description="the sentence the fact was read from")
    rule: str = Field(description="id of the YAML rule that produced the record")
    target: str | None = Field(None, description="deals: whose shares change hands")
    counterparty: str | None = Field(None, description="deals: the other side, where named")
    stake_pct: float | None = Field(None, ge=0, le=100, description="deals: the stake, in percent")

    @field_validator("unit")
    @classmethod
    def _unit(cls, v: str | None) -> str | None:
        if v is not None and v not in CURRENCIES and v not in ("percent", "points") and not _COUNT_NOUN.fullmatch(v):
            raise ValueError(f"unit {v!r} is outside the vocabulary")
        return v

    @field_validator("period")
    @classmethod
    def _period(cls, v: str | None) -> str | None:
        if v is not None and not _PERIOD.fullmatch(v):
            raise ValueError(f"period {v!r} is not a calendar period")
        import datetime
        for part in (v or "").split("/"):
            if len(part) == 10:
                try:
                    datetime.date.fromisoformat(part)
                except ValueError:
                    raise ValueError(f"period {v!r} names a day that does not exist") from None
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "Record":
        if self.span[0] >= self.span[1]:
            raise ValueError("empty span")
        if self.value is None and not self.change and self.kind not in DEAL_KINDS:
            raise ValueError("a record needs a value or a change")
        if self.value_max is not None and (self.value is None or self.value_max < self.value):
            raise ValueError("value_max below value")
        if self.kind not in DEAL_KINDS and (self.target or self.counterparty or self.stake_pct is not None):
            raise ValueError("deal fields on a non-deal record")
        return self

    def check_grounding(self, text: str) -> None:
        if text[self.span[0]:self.span[1]] != self.quote:
            raise ValueError("span does not point at the quote")

    def to_json_dict(self) -> dict:
        d = self.model_dump()
        d["span"] = list(self.span)
        if self.kind not in DEAL_KINDS:
            for k in ("target", "counterparty", "stake_pct"):
                d.pop(k)
        return d


def json_schema() -> dict:
    return Record.model_json_schema()
