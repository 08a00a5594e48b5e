# ruff: noqa: E501
"""The learned gossip scorer: features, training, the model file, and the shipped model."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from assistant.coach import load_rules
from assistant.coach.features import FeatureExtractor, gossip_probability
from assistant.coach.gossip_model import (
    GossipModel,
    TrainSettings,
    load_gossip_model,
    model_features,
    model_from_json,
    model_to_json,
    train,
)
from assistant.coach.rules import builtin_gossip_model
from assistant.coach.text import stems, tokens
from assistant.errors import ConfigError
from assistant.events import Utterance

REPO = Path(__file__).resolve().parents[2]


def words(text: str) -> tuple[str, ...]:
    return stems(tokens(text))


def test_features_are_words_and_pairs_without_ignored_words():
    assert model_features(("his", "wife", "left")) == {
        "his",
        "wife",
        "left",
        "his wife",
        "wife left",
    }
    # Ignored words drop out and the words either side of them pair up.
    assert model_features(("four", "his", "twenty", "wife"), frozenset({"four", "twenty"})) == {
        "his",
        "wife",
        "his wife",
    }


# A toy shop: gossip visits talk about someone's affair and debts, ordinary ones about
# the weather, the purchase and the customer's own plans.
GOSSIP_TURNS = [
    "she has been having an affair with the milkman",
    "his wife found out about the affair last week",
    "he owes money to everyone on the street",
    "they say he drinks his wages every friday",
]
ORDINARY_TURNS = [
    "lovely weather for the garden today",
    "she will love those flowers for her birthday",
    "is he walking the dog in this rain",
    "thats four pounds twenty please",
    "do you need a bag for those",
    "have a lovely weekend at the coast",
]


def toy_conversations():  # type: ignore[no-untyped-def]
    visits = []
    for turn in GOSSIP_TURNS:
        visits.append((True, [(words("hello there"), False), (words(turn), True)]))
    for turn in ORDINARY_TURNS:
        visits.append((False, [(words("hello there"), False), (words(turn), True)]))
    return visits


def test_training_learns_the_gossip_turns_and_is_deterministic():
    model = train(toy_conversations(), TrainSettings(epochs_first=20, epochs=20))
    again = train(toy_conversations(), TrainSettings(epochs_first=20, epochs=20))
    assert model.weights == again.weights and model.bias == again.bias
    unseen_gossip = model.probability(words("apparently the affair is why his wife left"))
    unseen_ordinary = model.probability(words("lovely flowers for your birthday"))
    assert unseen_gossip > 0.8 > 0.2 > unseen_ordinary
    # "hello there" opens gossip visits too but is never a candidate turn: it is only
    # ever seen as ordinary talk.
    assert model.probability(words("hello there")) < 0.5


def test_model_file_round_trip(tmp_path):  # type: ignore[no-untyped-def]
    model = GossipModel(
        weights={"affair": 2.5, "his wife": 1.25},
        bias=-3.0,
        ignore=frozenset({"pound"}),
        about={"x": 1},
    )
    path = tmp_path / "m.json"
    path.write_text(model_to_json(model), "utf-8")
    loaded = load_gossip_model(path)
    assert loaded == model
    assert loaded.probability(("his", "wife", "affair")) == pytest.approx(
        1 / (1 + 2.718281828**-0.75)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"kind": "repeat", "format": 1, "weights": {}, "bias": 0}', 'no "kind": "gossip"'),
        ('{"kind": "gossip", "format": 9, "weights": {}, "bias": 0}', "format 9, expected 1"),
        ('{"kind": "gossip", "format": 1, "weights": {"a": "x"}, "bias": 0}', '"weights" must map'),
        ('{"kind": "gossip", "format": 1, "weights": {}, "bias": true}', '"bias" must be a number'),
        (
            '{"kind": "gossip", "format": 1, "weights": {}, "bias": 0, "ignore": "a"}',
            '"ignore" must be',
        ),
    ],
)
def test_broken_model_files_are_named(text, message):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError) as caught:
        model_from_json(text, "shop/model.json")
    assert "shop/model.json: not a gossip model file" in str(caught.value)
    assert message in str(caught.value)


def test_rules_choose_the_model(tmp_path):  # type: ignore[no-untyped-def]
    assert load_rules().gossip.model is builtin_gossip_model()
    off = tmp_path / "off.toml"
    off.write_text('[gossip]\nmodel = "off"\n', "utf-8")
    assert load_rules(off).gossip.model is None
    # A relative path is read next to the rules file.
    (tmp_path / "models").mkdir()
    own = GossipModel(weights={"affair": 9.0}, bias=-5.0)
    (tmp_path / "models" / "ours.json").write_text(model_to_json(own), "utf-8")
    shop = tmp_path / "shop.toml"
    shop.write_text('[gossip]\nmodel = "models/ours.json"\nmodel_threshold = 0.9\n', "utf-8")
    rules = load_rules(shop)
    assert rules.gossip.model == own and rules.gossip.model_threshold == 0.9


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[gossip]\nmodel = 3\n",
            'rules.gossip.model: expected "builtin", "off" or a file path, got 3',
        ),
        ('[gossip]\nmodel = "nowhere.json"\n', "gossip model file not found: "),
        (
            "[gossip]\nmodel_threshold = 1.5\n",
            "rules.gossip.model_threshold: expected a number between 0 and 1",
        ),
        (
            "[gossip]\nmodel_pair_threshold = -0.1\n",
            "rules.gossip.model_pair_threshold: expected a number between 0 and 1",
        ),
        (
            '[gossip]\nmodel_one_microphone = "yes"\n',
            "rules.gossip.model_one_microphone: expected true or false",
        ),
    ],
)
def test_bad_model_settings_name_the_field(tmp_path, toml, message):  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.toml"
    path.write_text(toml, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert message in str(caught.value)


def test_only_turns_that_could_be_gossip_are_scored():
    """A price, a bag question or "anyway that's twenty two fifty" talks about nobody, and
    a short question only sets gossip up: the scorer never reads them, whatever its
    weights."""
    rules = load_rules()
    extractor = FeatureExtractor(rules)
    assert rules.gossip.model is not None

    def p(text: str) -> float:
        features = extractor.extract(Utterance(0.0, 1.0, text, "cashier"))
        return gossip_probability(rules.gossip.model, features)  # type: ignore[arg-type]

    assert p("anyway thats twenty two fifty please") == 0.0
    assert p("do you need a bag") == 0.0
    assert p("did you see the lady who was in before you") == 0.0
    assert p("funny how her car is always outside his place when her husband is on nights") > 0.99


C, U = "cashier", "customer"
HINTED = [
    (U, "just the milk and a scratch card please"),
    (C, "funny how her car is always outside his place when her husband is on nights"),
    (U, "right"),
    (C, "thats three pounds forty please"),
]

# (id, cashier turn between an order and the price, gossip expected with roles known)
MODEL_CASES = [
    ("hint: a car outside his place while her husband works nights", HINTED[1][1], True),
    (
        "hint: the man across the road off work for months, a new truck every spring",
        "him across the road has not been to work in months but theres a new truck on his drive every spring",
        True,
    ),
    (
        "hint: the new girl expecting and the boss not told, one secrecy marker",
        "between us the new girl on the deli counter is expecting and she has not told the boss yet",
        True,
    ),
    (
        "NOT: a regular's harmless habit",
        "the lady who runs the knitting group comes in every tuesday she is lovely",
        False,
    ),
    (
        "NOT: the cashier's own family, a lost match",
        "his team lost again on saturday my son was gutted he cried all the way home",
        False,
    ),
    (
        "NOT: a previous customer's umbrella",
        "the gentleman before you left his umbrella could you shout after him if you see him",
        False,
    ),
    (
        "NOT: a neighbour's allotment",
        "my neighbour grows these in his allotment and gives us a bag every summer",
        False,
    ),
    (
        "NOT: the manager named for a rule",
        "our manager says we can only sell two packs of paracetamol at a time its the law",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "gossip"), [c[1:] for c in MODEL_CASES], ids=[c[0] for c in MODEL_CASES]
)
def test_learned_scorer_with_roles(text, gossip, make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    turns = [HINTED[0], (C, text), HINTED[2], HINTED[3]]
    nudges = coach_run(make_dialogue(turns))
    assert [n.kind for n in nudges] == (["gossip"] if gossip else [])


def test_hinted_gossip_needs_the_scorer_and_a_sure_speaker(tmp_path, make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    """The lexicons alone miss the hint (one mild phrase), the scorer catches it. With one
    microphone the scorer cannot tell whose gossip it reads: it judges a turn only when
    the role decoder gives it to the cashier by `model_one_microphone_margin` (here the
    customer's order before it and the price after it), and `model_one_microphone =
    false` switches it off there."""
    [nudge] = coach_run(make_dialogue(HINTED))
    assert nudge.rule == "gossip.model"
    assert [u.text for u in nudge.evidence] == [HINTED[1][1]]

    def with_rules(toml: str):  # type: ignore[no-untyped-def]
        path = tmp_path / "shop.toml"
        path.write_text(toml, "utf-8")
        return load_rules(path)

    one_mic = make_dialogue(HINTED, keep_roles=False)
    assert coach_run(make_dialogue(HINTED), with_rules('[gossip]\nmodel = "off"\n')) == []
    assert [n.rule for n in coach_run(one_mic)] == ["gossip.model"]
    off = with_rules("[gossip]\nmodel_one_microphone = false\n")
    assert coach_run(one_mic, off) == []
    assert coach_run(one_mic, with_rules("[gossip]\nmodel_one_microphone_margin = 9.0\n")) == []
    # Without the order before it, turn order alone cannot say who dropped the hint.
    unsure = make_dialogue(
        [(C, HINTED[1][1]), (U, "right"), (U, "just the milk please")], keep_roles=False
    )
    assert coach_run(unsure) == []


# A story about someone told over two cashier turns; each turn alone is a mild hint.
STORY = [
    (U, "a filter coffee please"),
    (C, "sorry for the wait poor girl who makes the coffee had her wedding cancelled"),
    (U, "oh"),
    (C, "the family wanted more gold from her father and he could not manage it"),
    (U, "right"),
    (C, "thats forty five please"),
]


def _story_rules(tmp_path, extra: str = ""):  # type: ignore[no-untyped-def]
    """A shop model that gives each story turn 0.62 (one weighted word each) and a
    neutral turn 0.38: above `model_pair_threshold` (0.5), far below `model_threshold`."""
    model = GossipModel(weights={words("wedding")[0]: 1.0, words("gold")[0]: 1.0}, bias=-0.5)
    (tmp_path / "story.json").write_text(model_to_json(model), "utf-8")
    path = tmp_path / "shop.toml"
    path.write_text(f'[gossip]\nmodel = "story.json"\n{extra}', "utf-8")
    return load_rules(path)


def test_two_close_cashier_turns_the_scorer_half_believes_are_gossip(
    tmp_path, make_dialogue, coach_run
):  # type: ignore[no-untyped-def]
    rules = _story_rules(tmp_path)
    assert rules.gossip.model_pair_threshold == 0.5  # the shipped default
    features = FeatureExtractor(rules)
    for _, text in (STORY[1], STORY[3]):
        turn = features.extract(Utterance(start_s=0.0, end_s=1.0, text=text, speaker=C))
        assert 0.5 < gossip_probability(rules.gossip.model, turn) < 0.99
        assert turn.gossip_score < rules.gossip.min_score  # too light for the lexicons
    [nudge] = coach_run(make_dialogue(STORY), rules)
    assert nudge.rule == "gossip.model"
    assert [u.text for u in nudge.evidence] == [STORY[1][1], STORY[3][1]]
    # One microphone: the same pair, the role decoder sure of the speaker of both turns;
    # not on a narrower margin than `model_one_microphone_margin` asks for.
    one_mic = make_dialogue(STORY, keep_roles=False)
    assert [n.rule for n in coach_run(one_mic, rules)] == ["gossip.model"]
    assert coach_run(one_mic, _story_rules(tmp_path, "model_one_microphone_margin = 9.0\n")) == []
    # No private topic the lexicons know in either turn: the pair alone decides.
    plain = [*STORY[:1], (C, STORY[1][1].replace("poor girl ", "")), *STORY[2:]]
    assert features.extract(Utterance(start_s=0.0, end_s=1.0, text=plain[1][1])).gossip_score == 0
    assert [n.rule for n in coach_run(make_dialogue(plain), rules)] == ["gossip.model"]


NEUTRAL = "its just me on today so bear with me"


@pytest.mark.parametrize(
    ("story", "extra"),
    [
        pytest.param([*STORY[:3], (C, NEUTRAL), *STORY[4:]], "", id="one turn alone"),
        pytest.param(
            [*STORY[:3], (C, NEUTRAL), (U, "no rush"), *STORY[3:]], "", id="a cashier turn between"
        ),
        pytest.param(
            [*STORY[:3], (U, "my cousin had the same"), (U, "anyway"), *STORY[3:]],
            "",
            id="three turns between",
        ),
        pytest.param(STORY, "model_pair_threshold = 0.7\n", id="pair threshold above both"),
        pytest.param(
            [*STORY[:3], (U, STORY[3][1]), *STORY[4:]], "", id="the second said by the customer"
        ),
    ],
)
def test_a_pair_needs_two_close_cashier_turns_above_the_pair_threshold(
    tmp_path, make_dialogue, coach_run, story, extra
):  # type: ignore[no-untyped-def]
    assert coach_run(make_dialogue(story), _story_rules(tmp_path, extra)) == []


def _trainer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "train_gossip_model", REPO / "scripts" / "train_gossip_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_gossip_model"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_model_is_what_the_script_makes_from_the_committed_sets():
    """The shipped weights come from the labelled sets in tests/coach/data, unchanged since
    (their digests match), and training them again gives the same model."""
    trainer = _trainer()
    shipped = builtin_gossip_model()
    trained_on = shipped.about["trained_on"]
    data = REPO / "tests" / "coach" / "data"
    assert trainer.digests(data, list(trained_on)) == trained_on, (
        "retrain: the labelled sets changed"
    )
    again = trainer.fit(
        trainer.load_visits(data, list(trained_on)), TrainSettings(**shipped.about["settings"])
    )
    assert again.bias == pytest.approx(shipped.bias, abs=1e-3)
    assert again.weights.keys() == shipped.weights.keys()
    assert max(abs(again.weights[k] - shipped.weights[k]) for k in shipped.weights) < 1e-3
    assert shipped.ignore == again.ignore
    json.dumps(shipped.about)  # what it was trained on stays readable


def test_trainer_says_when_there_is_nothing_to_train_on(tmp_path, capsys):  # type: ignore[no-untyped-def]
    trainer = _trainer()
    assert trainer.main(["--data", str(tmp_path), "--out", str(tmp_path / "m.json")]) == 2
    assert "no heldout*.jsonl sets" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()
