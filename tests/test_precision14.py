"""Precision, session 14 (branch `precision14`): exports that should not exist. A pronoun object takes the
object of the verb it is coordinated with; a mere possibility, a stated will to work together and a stance on
"any country" make no event.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

import pytest
from coding import code, types

from tidings.nlp import load_nlp

ACTS = [
    ("Oslandia", "NOR", "country"),
    ("Norwegian", "NOR", "country"),
    ("Norway", "NOR", "country"),
    ("Swedish", "SWE", "country"),
    ("Sweden", "SWE", "country"),
    ("Finland", "FIN", "country"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_pronoun_object_is_the_object_of_the_coordinated_verb(nlp):
    ms = code(nlp, "The Norwegian navy tracked the Swedish frigate, warned and expelled it, the ministry said.", ACTS)
    assert ("COERCE", "NOR", "SWE") in types(ms)
    assert "SANCTION" not in [m.type for m in ms]
    ms = code(nlp, "The Norwegian coast guard spotted a Swedish vessel and expelled it from the area.", ACTS)
    assert ("COERCE", "NOR", "SWE") in types(ms)
    # an envoy expelled is still a sanction
    ms = code(nlp, "Norway summoned the Swedish ambassador and expelled him.", ACTS)
    assert ("SANCTION", "NOR", "SWE") in types(ms)
