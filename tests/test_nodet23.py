"""Session 23 nodet23: an aircraft "downed" or "brought down" is shot down (ASSAULT by the shooter on the craft's
side), and a surveillance or spy craft shot down is the shooter's attack, not an incoming projectile (the
interception frame keeps armed drones and missiles). Made-up sentences run through the real parse, actor
recognition and coder."""

from __future__ import annotations

from coding import coded


def test_downed_a_warplane_is_an_attack_on_its_state(nlp) -> None:
    assert ("ASSAULT", "TUR", "RUS") in coded("Turkey downed a Russian warplane near the Syrian border.", "ASSAULT")


def test_brought_down_helicopters(nlp) -> None:
    assert ("ASSAULT", "UKR", "RUS") in coded("Ukraine said it had brought down two Russian helicopters.", "ASSAULT")


def test_downed_a_surveillance_drone(nlp) -> None:
    out = coded("Iran's military said it had downed an American surveillance drone over the Gulf.", "ASSAULT")
    assert ("ASSAULT", "IRN", "USA") in out


def test_shot_down_a_surveillance_drone_is_the_shooters_attack(nlp) -> None:
    out = coded("Iran shot down an American surveillance drone over the Strait of Hormuz.", "ASSAULT")
    assert out == [("ASSAULT", "IRN", "USA")]


def test_an_armed_drone_shot_down_stays_an_interception(nlp) -> None:
    # negative: an incoming drone shot down is its launcher's attack (the interception frame, unchanged)
    assert coded("Israel shot down a drone launched from Lebanon.", "ASSAULT") == [("ASSAULT", "LBN", "ISR")]


def test_downed_things_that_are_no_aircraft_are_no_attack(nlp) -> None:
    # negative: "downed power lines", "brought down prices" are no attack
    assert coded("The storm downed power lines across Texas.") == []
    assert coded("The central bank of Brazil brought down prices last year.", "ASSAULT") == []
