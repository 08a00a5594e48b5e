# ruff: noqa: E501
"""Loading, merging and validating rules files."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.coach import Coach, load_rules
from assistant.errors import ConfigError
from assistant.events import Nudge, Utterance


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load():
    rules = load_rules()
    assert rules.enabled_kinds == ("gossip", "repeated_question", "rushed_upsell")
    assert rules.gossip.kind.message == "Keep it about the customer"
    assert rules.conversation_gap_s > 0


def test_shop_file_merges_over_defaults(tmp_path):  # type: ignore[no-untyped-def]
    path = write(
        tmp_path,
        """
[gossip]
cooldown_s = 5
message = "Let's keep it friendly"

[rushed_upsell]
enabled = false

[policy]
display_s = 3.5
""",
    )
    rules = load_rules(path)
    assert rules.gossip.kind.cooldown_s == 5.0
    assert rules.gossip.kind.message == "Let's keep it friendly"
    assert rules.gossip.kind.severity == "warning"  # untouched default
    assert rules.enabled_kinds == ("gossip", "repeated_question")
    assert rules.policy.display_s == 3.5
    assert rules.policy.max_per_conversation == load_rules().policy.max_per_conversation


def test_lists_replace_and_add_extends(tmp_path):  # type: ignore[no-untyped-def]
    defaults = load_rules()
    path = write(
        tmp_path,
        """
[gossip]
secrecy = ["hush hush"]
add_people = ["the area rep"]

[gossip.topics]
add_money = ["remortgaged"]
gambling = ["bookies", "lost it all on the horses"]
""",
    )
    rules = load_rules(path)
    assert rules.gossip.secrecy == ("hush hush",)
    assert rules.gossip.people == (*defaults.gossip.people, "the area rep")
    assert rules.gossip.topics["money"][-1] == "remortgaged"
    assert rules.gossip.topics["gambling"] == ("bookies", "lost it all on the horses")


def test_a_shop_lexicon_changes_behaviour(tmp_path):  # type: ignore[no-untyped-def]
    path = write(tmp_path, '[gossip.topics]\ngambling = ["bookies", "on the horses"]\n')
    text = "the area rep spends every lunch at the bookies and lost his wages on the horses"
    utterances = [
        Utterance(0.0, 3.0, "did you see that woman who just left", "cashier", conversation="a"),
        Utterance(4.0, 9.0, text, "cashier", conversation="a"),
    ]

    def run(rules):  # type: ignore[no-untyped-def]
        coach = Coach(rules)
        return [e for u in utterances for e in coach.feed(u) if isinstance(e, Nudge)]

    assert [n.kind for n in run(load_rules(path))] == ["gossip"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[gossip]\ncooldown_s = "x"\n', "rules.gossip.cooldown_s: expected a number ≥ 0, got 'x'"),
        ("[gossip]\ncooldown_s = -1\n", "rules.gossip.cooldown_s: expected a number ≥ 0, got -1"),
        ("[gossip]\nenabled = 1\n", "rules.gossip.enabled: expected true or false, got 1"),
        ('[gossip]\nseverity = "loud"\n', "rules.gossip.severity: expected one of info, warning"),
        ('[gossip]\nmessage = "' + "x" * 61 + '"\n', "rules.gossip.message: at most 60 characters"),
        ("[gossip]\ncolour = 3\n", "rules.gossip.colour: unknown key"),
        ("[gosip]\nenabled = false\n", "rules.gosip: unknown key"),
        ('[gossip]\nsecrecy = "hush"\n', "rules.gossip.secrecy: expected a list of non-empty texts"),
        ("[gossip]\nsecrecy = [1, 2]\n", "rules.gossip.secrecy: expected a list of non-empty texts"),
        ('[gossip]\nadd_nothing = ["x"]\n', "rules.gossip.add_nothing: no list named 'nothing'"),
        ("[policy]\nmax_per_conversation = 0\n", "rules.policy.max_per_conversation: expected a whole number ≥ 1"),
        ("[repeated_question]\nmin_jaccard = 2\n", "rules.repeated_question.min_jaccard: expected a number between 0 and 1"),
        ("[rushed_upsell.prompts]\ncoupons = 5\n", "rules.rushed_upsell.prompts.coupons: expected a list"),
        ("policy = 3\n", "rules.policy: expected a table, got 3"),
        ('[gossip]\nstrong_topics = ["gosip"]\n', "rules.gossip.strong_topics: 'gosip' is not a table in [gossip.topics]"),
        ('[gossip]\nstrong_topic_weight = "big"\n', "rules.gossip.strong_topic_weight: expected a number"),
        ('[repeated_question]\nalready_said = "like i said"\n', "rules.repeated_question.already_said: expected a list"),
        ("[roles]\nswitch_penalty = -1\n", "rules.roles.switch_penalty: expected a number ≥ 0"),
        ('[repeated_question]\ndetail_concepts = ["when"]\n', "rules.repeated_question.detail_concepts: 'when' is not a table in [repeated_question.concepts]"),
        ('[rushed_upsell]\none_offer_categories = ["loyalty"]\n', "rules.rushed_upsell.one_offer_categories: 'loyalty' is not a table in [rushed_upsell.prompts]"),
        ('[rushed_upsell]\ninforms = "your"\n', "rules.rushed_upsell.informs: expected a list"),
        ('[rushed_upsell]\ndecline_not_after = ["anything"]\n', "rules.rushed_upsell.decline_not_after: 'anything' is not a table in [repeated_question.concepts]"),
        ('[rushed_upsell]\ndeclined_weight = "one"\n', "rules.rushed_upsell.declined_weight: expected a number"),
        ('[repeated_question]\nobject_concepts = ["shoe"]\n', "rules.repeated_question.object_concepts: 'shoe' is not a table in [repeated_question.concepts]"),
        ('[repeated_question]\norder_concepts = ["else"]\n', "rules.repeated_question.order_concepts: 'else' is not a table in [repeated_question.concepts]"),
    ],
)
def test_invalid_rules_name_the_field(tmp_path, toml, message):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError) as caught:
        load_rules(write(tmp_path, toml))
    assert message in str(caught.value)
    assert caught.value.code == "rules-invalid"


def test_missing_and_malformed_files(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="rules file not found"):
        load_rules(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_rules(write(tmp_path, "[gossip\n"))


def test_example_in_docs_is_valid(tmp_path):  # type: ignore[no-untyped-def]
    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    text = doc.read_text(encoding="utf-8")
    example = text.split("## Example shop file", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    rules = load_rules(write(tmp_path, example))
    assert rules.policy.display_s == 6.0
    assert "gambling" in rules.gossip.topics
    assert rules.rushed_upsell.routine["routine"][-1] == "stamp card"


def test_docs_name_every_key():
    """docs/rules.md documents every key of the default rules file."""
    import tomllib

    from assistant.coach.rules import default_rules_text

    doc = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")

    def keys(table, prefix=""):  # type: ignore[no-untyped-def]
        for key, value in table.items():
            if isinstance(value, dict) and prefix.rstrip(".") not in (
                "gossip.topics",
                "repeated_question.concepts",
                "rushed_upsell.prompts",
            ):
                yield from keys(value, f"{prefix}{key}.")
            yield f"{prefix}{key}"

    for key in keys(tomllib.loads(default_rules_text())):
        leaf = key.split(".")[-1]
        if key.count(".") >= 2:
            continue  # names inside the open tables (topic/concept/prompt lists)
        assert f"`{leaf}`" in doc or f"[{key}]" in doc, key
