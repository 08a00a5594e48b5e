"""Coaching rules: package defaults merged with a shop's TOML file, validated on load."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.coach.gossip_model import GossipModel, load_gossip_model, model_from_json
from assistant.errors import ConfigError, read_config_text
from assistant.events import NUDGE_KINDS

#: Longest message a till display shows in one line.
MAX_MESSAGE_CHARS = 60
SEVERITIES = ("info", "warning")

#: Tables whose keys are free (a shop may add its own concept or topic names).
_OPEN_TABLES = frozenset(
    {
        ("gossip", "topics"),
        ("repeated_question", "concepts"),
        ("rushed_upsell", "prompts"),
        ("rushed_upsell", "routine"),
    }
)

#: Prefix of a key that extends a default list instead of replacing it.
EXTEND_PREFIX = "add_"


@dataclass(frozen=True, slots=True)
class KindRules:
    """What every detector has: on/off, its cooldown, its message and severity."""

    enabled: bool
    cooldown_s: float
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class PolicyRules:
    display_s: float
    """A nudge shows until acknowledged or for this long (stream seconds)."""
    max_per_conversation: int
    hold_s: float
    """A nudge held back while another shows is dropped after waiting this long."""


@dataclass(frozen=True, slots=True)
class RoleRules:
    confident_margin: float
    cashier_cues: tuple[str, ...]
    customer_cues: tuple[str, ...]
    switch_penalty: float = float("inf")
    """Cost, in cue points, of one speaker saying two turns in a row."""
    response_switch_penalty: float = float("inf")
    """The same cost when the second turn answers the first (a reaction, "sorry what",
    "like I said", a deflection): replies come from the other person."""
    story_switch_penalty: float = float("inf")
    """The same cost when the second turn goes on with the first one's story about
    someone, opening on content rather than on a reply ("between ourselves he's married")."""


@dataclass(frozen=True, slots=True)
class GossipRules:
    kind: KindRules
    min_score: float
    window_turns: int
    secrecy_weight: float
    topic_weight: float
    own_drama_min_score: float
    unknown_role_extra_score: float
    previous_customer: tuple[str, ...]
    people: tuple[str, ...]
    names: tuple[str, ...]
    own_circle: tuple[str, ...]
    pronouns: tuple[str, ...]
    first_person: tuple[str, ...]
    secrecy: tuple[str, ...]
    topics: Mapping[str, tuple[str, ...]]
    strong_topics: tuple[str, ...] = ()
    """Topic names whose phrases are unmistakably private (an affair, an arrest)."""
    strong_topic_weight: float = 2.0
    reactions: tuple[str, ...] = ()
    """Customer replies of shock or sympathy ("oh dear", "thats awful")."""
    reaction_weight: float = 1.0
    deflections: tuple[str, ...] = ()
    """Replies that decline someone's gossip ("not for me to say")."""
    praise: tuple[str, ...] = ()
    """Praise of someone ("clever as anything", "knows her stuff"): a turn with it is never
    the learned scorer's gossip, alone or in a pair."""
    model: GossipModel | None = None
    """The learned scorer (:mod:`assistant.coach.gossip_model`), or None when switched off."""
    model_threshold: float = 1.0
    """A cashier turn whose private topic is too light for ``min_score`` is gossip when
    the model scores it at least this."""
    model_pair_threshold: float = 1.0
    """Two cashier turns close together (at most one turn between them) that both talk
    about someone and both score at least this are gossip, whether or not the lexicons
    see a private topic: a story told over turns."""
    model_one_microphone: bool = False
    """Use the model when the speaker is only guessed (one microphone) too."""
    model_one_microphone_margin: float = 0.0
    """With one microphone, the model judges only turns the role decoder gives to the
    cashier by at least this margin (its balance of cues and turn order)."""


@dataclass(frozen=True, slots=True)
class RepeatRules:
    kind: KindRules
    min_shared_words: int
    min_jaccard: float
    min_turns_between: int
    question_openers: tuple[str, ...]
    question_tags: tuple[str, ...]
    not_heard: tuple[str, ...]
    fillers: tuple[str, ...]
    stopwords: tuple[str, ...]
    concepts: Mapping[str, tuple[str, ...]]
    already_said: tuple[str, ...] = ()
    """Customer replies saying the question was answered before ("like I said")."""
    answer_max_words: int = 12
    """Longest customer turn still read as an answer (longer is chat, not an answer)."""
    answer_min_word_chars: int = 3
    """At least one shared answer word must be this long ("dave", not "ok")."""
    answer_min_coverage: float = 1.0
    """Share of the shorter answer's content words the longer one must repeat."""
    answer_ignore: tuple[str, ...] = ()
    """Words that are no content in an answer, on top of fillers and stopwords."""
    answer_generic: tuple[str, ...] = ()
    """Answer words that fit many different questions ("my son", "card"): alone they
    need a repeat marker in the second answer."""
    answer_markers: tuple[str, ...] = ()
    """Words in a second answer that say it was given before ("still", "again")."""
    answer_units: tuple[str, ...] = ()
    """Units of measure: answers sharing only these agree only with the same numbers."""
    answer_also: tuple[str, ...] = ()
    """Words saying an answer matches someone else's ("the lakes as well"): no repeat."""
    detail_concepts: tuple[str, ...] = ()
    """Concepts that ask a detail of a topic ("what day"): a question with one of them,
    where the other question has none, follows up rather than repeats."""
    confirmations: tuple[str, ...] = ()
    """A read-back to confirm an order ("let me read that back", "have I got that
    right"): it asks nothing again."""
    order_concepts: tuple[str, ...] = ()
    """Questions whose reply may say the order again ("anything else?" "no, just the
    flat white"): such a reply repeats no answer."""
    object_concepts: tuple[str, ...] = ()
    """Concepts that ask about some object ("what size"): shared alone, they make two
    questions the same only if the objects do not differ ("what size shoe" / "what size
    is her head" ask two things)."""


@dataclass(frozen=True, slots=True)
class UpsellRules:
    kind: KindRules
    min_prompts: float
    window_s: float
    max_customer_share: float
    merge_words: int
    routine_weight: float
    unknown_role_extra_prompts: float
    prompts: Mapping[str, tuple[str, ...]]
    routine: Mapping[str, tuple[str, ...]]
    one_offer_categories: tuple[str, ...] = ()
    """Prompt categories that name one offer however it is put: within one utterance
    their hits count once ("signed up for our rewards? you'd get points")."""
    informs: tuple[str, ...] = ()
    """Phrases telling the customer what they already get ("your eggs are on sale") or
    that use an offer word in another sense ("sylvia is free", "it's the insurance"):
    prompt hits inside them are no offer."""
    declines: tuple[str, ...] = ()
    """A customer's outright refusal ("no thanks", "i'm grand", "got some")."""
    declined_weight: float = 0.0
    """Prompts a cashier turn the lexicons missed counts for when the customer's whole
    reply refuses it (the refusal shows it was an offer)."""
    decline_not_after: tuple[str, ...] = ()
    """Question concepts whose refusal is no offer refused ("anything else?" "no thanks")."""


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the coach is configured with: lexicons, thresholds, messages, policy."""

    conversation_gap_s: float
    """Silence that starts a new conversation when no id or boundary says so."""
    policy: PolicyRules
    roles: RoleRules
    gossip: GossipRules
    repeated_question: RepeatRules
    rushed_upsell: UpsellRules

    def kind(self, name: str) -> KindRules:
        detector: GossipRules | RepeatRules | UpsellRules = getattr(self, name)
        return detector.kind

    @property
    def enabled_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in NUDGE_KINDS if self.kind(k).enabled)


def default_rules_text() -> str:
    return resources.files("assistant.coach").joinpath("default_rules.toml").read_text("utf-8")


#: ``[gossip] model`` values: the model shipped in the package, or none.
BUILTIN_MODEL = "builtin"
NO_MODEL = "off"


@lru_cache(maxsize=1)
def builtin_gossip_model() -> GossipModel:
    """The gossip model shipped in the package (read once per process)."""
    text = resources.files("assistant.coach").joinpath("gossip_model.json").read_text("utf-8")
    return model_from_json(text, "assistant/coach/gossip_model.json")


def _gossip_model(value: Any, base_dir: Path | None) -> GossipModel | None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(
            "rules-invalid",
            f'rules.gossip.model: expected "{BUILTIN_MODEL}", "{NO_MODEL}" or a file path, '
            f"got {value!r}",
        )
    if value == BUILTIN_MODEL:
        return builtin_gossip_model()
    if value == NO_MODEL:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return load_gossip_model(path)


def load_rules(path: Path | None = None) -> Rules:
    """The package defaults, with the shop's rules file at ``path`` merged over them.

    Raises :class:`ConfigError` naming the offending field, e.g.
    ``rules.gossip.cooldown_s: expected a number ≥ 0, got 'x'``.
    """
    defaults = tomllib.loads(default_rules_text())
    if path is None:
        return rules_from_mapping(defaults)
    text = read_config_text(path, "rules file", "rules")
    try:
        shop = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            "rules-malformed", f"rules file {path} is not valid TOML: {error}"
        ) from None
    return rules_from_mapping(merge(defaults, shop), base_dir=Path(path).parent)


def merge(
    defaults: Mapping[str, Any], shop: Mapping[str, Any], where: str = "rules"
) -> dict[str, Any]:
    """Deep-merge ``shop`` over ``defaults``: tables merge, lists replace, ``add_x`` extends x."""
    merged: dict[str, Any] = dict(defaults)
    for key, value in shop.items():
        field = f"{where}.{key}"
        if key.startswith(EXTEND_PREFIX) and key not in defaults:
            target = key[len(EXTEND_PREFIX) :]
            base = merged.get(target)
            if not isinstance(base, list):
                raise ConfigError("rules-invalid", f"{field}: no list named {target!r} to extend")
            if not isinstance(value, list):
                raise ConfigError("rules-invalid", f"{field}: expected a list, got {value!r}")
            merged[target] = [*base, *value]
            continue
        base = merged.get(key)
        if isinstance(base, dict):
            if not isinstance(value, dict):
                raise ConfigError("rules-invalid", f"{field}: expected a table, got {value!r}")
            merged[key] = merge(base, value, field)
        else:
            merged[key] = value
    return merged


class _Reader:
    """Typed access to a table of the merged rules; every error names its field."""

    def __init__(self, table: Mapping[str, Any], where: str, defaults: Mapping[str, Any]) -> None:
        self.table = table
        self.where = where
        unknown = sorted(set(table) - set(defaults))
        if unknown:
            raise ConfigError("rules-invalid", f"{where}.{unknown[0]}: unknown key")

    def _get(self, key: str) -> Any:
        return self.table[key]

    def number(self, key: str, *, minimum: float = 0.0, maximum: float = math.inf) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise ConfigError(
                "rules-invalid",
                f"{self.where}.{key}: expected a number ≥ {minimum:g}, got {value!r}",
            )
        if not minimum <= value <= maximum:
            bound = (
                f"between {minimum:g} and {maximum:g}" if maximum != math.inf else f"≥ {minimum:g}"
            )
            raise ConfigError(
                "rules-invalid", f"{self.where}.{key}: expected a number {bound}, got {value!r}"
            )
        return float(value)

    def integer(self, key: str, *, minimum: int = 0) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ConfigError(
                "rules-invalid",
                f"{self.where}.{key}: expected a whole number ≥ {minimum}, got {value!r}",
            )
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise ConfigError(
                "rules-invalid", f"{self.where}.{key}: expected true or false, got {value!r}"
            )
        return value

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self._get(key)
        if value not in options:
            raise ConfigError(
                "rules-invalid",
                f"{self.where}.{key}: expected one of {', '.join(options)}, got {value!r}",
            )
        return str(value)

    def message(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                "rules-invalid", f"{self.where}.{key}: expected a non-empty text, got {value!r}"
            )
        if len(value) > MAX_MESSAGE_CHARS:
            raise ConfigError(
                "rules-invalid",
                f"{self.where}.{key}: at most {MAX_MESSAGE_CHARS} characters, got {len(value)}",
            )
        return value

    def phrases(self, key: str) -> tuple[str, ...]:
        return _phrases(self._get(key), f"{self.where}.{key}")

    def phrase_table(self, key: str) -> dict[str, tuple[str, ...]]:
        value = self._get(key)
        where = f"{self.where}.{key}"
        if not isinstance(value, dict):
            raise ConfigError("rules-invalid", f"{where}: expected a table of lists, got {value!r}")
        return {name: _phrases(entries, f"{where}.{name}") for name, entries in value.items()}


def _phrases(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(
            "rules-invalid", f"{where}: expected a list of non-empty texts, got {value!r}"
        )
    return tuple(value)


def rules_from_mapping(data: Mapping[str, Any], base_dir: Path | None = None) -> Rules:
    """Validate a merged rules mapping and build :class:`Rules` from it.

    ``base_dir`` is where a relative ``[gossip] model`` path is read from (the folder of
    the shop's rules file)."""
    defaults = tomllib.loads(default_rules_text())
    _check_structure(data, defaults, "rules", ())
    top = _Reader(data, "rules", defaults)

    def reader(name: str) -> _Reader:
        return _Reader(top.table[name], f"rules.{name}", defaults[name])

    def kind(r: _Reader) -> KindRules:
        return KindRules(
            enabled=r.boolean("enabled"),
            cooldown_s=r.number("cooldown_s"),
            message=r.message("message"),
            severity=r.choice("severity", SEVERITIES),
        )

    conversation = reader("conversation")
    policy = reader("policy")
    roles = reader("roles")
    g = reader("gossip")
    q = reader("repeated_question")
    u = reader("rushed_upsell")
    topics = g.phrase_table("topics")
    strong_topics = g.phrases("strong_topics")
    concepts = q.phrase_table("concepts")
    detail_concepts = q.phrases("detail_concepts")
    object_concepts = q.phrases("object_concepts")
    order_concepts = q.phrases("order_concepts")
    prompt_tables = u.phrase_table("prompts")
    decline_not_after = u.phrases("decline_not_after")
    one_offer = u.phrases("one_offer_categories")
    concepts_where = "[repeated_question.concepts]"
    for field, names, tables, tables_where in (
        ("repeated_question.detail_concepts", detail_concepts, concepts, concepts_where),
        ("repeated_question.object_concepts", object_concepts, concepts, concepts_where),
        ("repeated_question.order_concepts", order_concepts, concepts, concepts_where),
        ("rushed_upsell.decline_not_after", decline_not_after, concepts, concepts_where),
        ("rushed_upsell.one_offer_categories", one_offer, prompt_tables, "[rushed_upsell.prompts]"),
        ("gossip.strong_topics", strong_topics, topics, "[gossip.topics]"),
    ):
        for name in names:
            if name not in tables:
                raise ConfigError(
                    "rules-invalid", f"rules.{field}: {name!r} is not a table in {tables_where}"
                )
    return Rules(
        conversation_gap_s=conversation.number("gap_s", minimum=0.5),
        policy=PolicyRules(
            display_s=policy.number("display_s"),
            max_per_conversation=policy.integer("max_per_conversation", minimum=1),
            hold_s=policy.number("hold_s"),
        ),
        roles=RoleRules(
            confident_margin=roles.number("confident_margin"),
            switch_penalty=roles.number("switch_penalty"),
            response_switch_penalty=roles.number("response_switch_penalty"),
            story_switch_penalty=roles.number("story_switch_penalty"),
            cashier_cues=roles.phrases("cashier_cues"),
            customer_cues=roles.phrases("customer_cues"),
        ),
        gossip=GossipRules(
            kind=kind(g),
            min_score=g.number("min_score", minimum=0.1),
            window_turns=g.integer("window_turns", minimum=1),
            secrecy_weight=g.number("secrecy_weight"),
            topic_weight=g.number("topic_weight"),
            own_drama_min_score=g.number("own_drama_min_score", minimum=0.1),
            unknown_role_extra_score=g.number("unknown_role_extra_score"),
            previous_customer=g.phrases("previous_customer"),
            people=g.phrases("people"),
            names=g.phrases("names"),
            own_circle=g.phrases("own_circle"),
            pronouns=g.phrases("pronouns"),
            first_person=g.phrases("first_person"),
            secrecy=g.phrases("secrecy"),
            topics=topics,
            strong_topics=strong_topics,
            strong_topic_weight=g.number("strong_topic_weight"),
            reactions=g.phrases("reactions"),
            deflections=g.phrases("deflections"),
            praise=g.phrases("praise"),
            reaction_weight=g.number("reaction_weight"),
            model=_gossip_model(g.table["model"], base_dir),
            model_threshold=g.number("model_threshold", maximum=1.0),
            model_pair_threshold=g.number("model_pair_threshold", maximum=1.0),
            model_one_microphone=g.boolean("model_one_microphone"),
            model_one_microphone_margin=g.number("model_one_microphone_margin"),
        ),
        repeated_question=RepeatRules(
            kind=kind(q),
            min_shared_words=q.integer("min_shared_words", minimum=1),
            min_jaccard=q.number("min_jaccard", maximum=1.0),
            min_turns_between=q.integer("min_turns_between"),
            question_openers=q.phrases("question_openers"),
            question_tags=q.phrases("question_tags"),
            not_heard=q.phrases("not_heard"),
            fillers=q.phrases("fillers"),
            stopwords=q.phrases("stopwords"),
            concepts=concepts,
            already_said=q.phrases("already_said"),
            answer_max_words=q.integer("answer_max_words", minimum=1),
            answer_min_word_chars=q.integer("answer_min_word_chars", minimum=1),
            answer_min_coverage=q.number("answer_min_coverage", minimum=0.1, maximum=1.0),
            answer_ignore=q.phrases("answer_ignore"),
            answer_generic=q.phrases("answer_generic"),
            answer_markers=q.phrases("answer_markers"),
            answer_units=q.phrases("answer_units"),
            answer_also=q.phrases("answer_also"),
            detail_concepts=detail_concepts,
            object_concepts=object_concepts,
            order_concepts=order_concepts,
            confirmations=q.phrases("confirmations"),
        ),
        rushed_upsell=UpsellRules(
            kind=kind(u),
            min_prompts=u.number("min_prompts", minimum=1.0),
            window_s=u.number("window_s", minimum=1.0),
            max_customer_share=u.number("max_customer_share", maximum=1.0),
            merge_words=u.integer("merge_words"),
            routine_weight=u.number("routine_weight"),
            unknown_role_extra_prompts=u.number("unknown_role_extra_prompts"),
            prompts=prompt_tables,
            routine=u.phrase_table("routine"),
            one_offer_categories=one_offer,
            informs=u.phrases("informs"),
            declines=u.phrases("declines"),
            declined_weight=u.number("declined_weight"),
            decline_not_after=decline_not_after,
        ),
    )


def _check_structure(
    data: Mapping[str, Any], defaults: Mapping[str, Any], where: str, path: tuple[str, ...]
) -> None:
    """Unknown keys and tables-where-values-belong are reported before anything else."""
    for key, value in data.items():
        field = f"{where}.{key}"
        if key not in defaults:
            if path in _OPEN_TABLES:
                continue
            raise ConfigError("rules-invalid", f"{field}: unknown key")
        expected = defaults[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise ConfigError("rules-invalid", f"{field}: expected a table, got {value!r}")
            _check_structure(value, expected, field, (*path, key))
        elif isinstance(value, dict):
            raise ConfigError("rules-invalid", f"{field}: expected a value, got a table")
