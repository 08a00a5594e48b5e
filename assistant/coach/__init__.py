"""The conversation coach: a pure rule engine from utterances to nudges.

Public API: :func:`load_rules`, :class:`Rules`, :class:`Coach`.
"""

from assistant.coach.engine import Coach
from assistant.coach.rules import Rules, load_rules

__all__ = ["Coach", "Rules", "load_rules"]
