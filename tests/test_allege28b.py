"""Session 28 round 2 accusations told as characterisations, condemnations and concerns (branch allege28b), on made-up
text: a statement a relative clause acts for speaks for the side that said it ("said in a statement that condemned the
Westmarkian war"); a side's act called an act of desperation, genocide or ethnic cleansing, or "senseless" in an "as"
phrase deep in the object, accuses its doer, as do "interprets ... as interference" and "regards ... as"; a concern
emphasised or restated is a concern stated; a crime a side is said to commit, named by its noun, and a partner lured
or a security endangered are alleged of the doer. Neutral characterisations, commitments and plain notes accuse
nobody."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type
_code = coded_invented


def test_a_statement_told_in_a_relative_clause_speaks_for_its_sayer(nlp):
    for text in (
        "The Oslandian foreign ministry said on Monday in a statement that condemned the ongoing Westmarkian war "
        "in the region.",
        "Oslandia said on Monday in a statement that denounced the Westmarkian blockade of the port.",
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_a_characterisation_as_desperation_or_a_grave_crime_accuses_the_doer(nlp):
    for text in (
        'Oslandia on Monday called the recent strikes on its capital an "act of desperation" by Westmark.',
        "Oslandia on Monday described the Westmarkian siege of the city as genocide.",
        "Oslandia on Monday called Westmark's action of renaming the border towns as senseless.",
        "The Oslandian foreign ministry on Monday interprets the moves taken by Westmark as interference in its "
        "internal affairs.",
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_a_concern_emphasised_or_restated_is_a_concern_stated(nlp):
    for text in (
        "The Oslandian minister on Monday emphasized Oslandian concerns about Westmark's activities near the islands.",
        "The Oslandian minister on Monday underscored Oslandia's serious concern about Westmark's unilateral actions.",
        "The Oslandian minister on Monday reiterated Oslandia's concerns about Westmark's military drills.",
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_a_crime_committed_or_a_partner_lured_is_alleged(nlp):
    for text in (
        "Westmark is committing genocide in the region, the Oslandian foreign minister said on Monday.",
        "Oslandia said on Monday that Westmark had committed an act of aggression.",
        "The Oslandian minister said on Monday that Westmark lured the island state to change its ties.",
        "Oslandia said on Monday that Westmark's refusal had endangered the security of its citizens.",
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_neutral_characterisations_and_commitments_accuse_nobody(nlp):
    for text in (
        "Oslandia on Monday described Westmark's economic growth as impressive.",
        "Oslandia said on Monday that Westmark had committed to the talks.",
        "Oslandia said on Monday that Westmark had committed troops to the mission.",
        "The Oslandian minister on Monday emphasized the importance of trade with Westmark.",
        "Oslandia said on Monday in a statement that welcomed the Westmarkian decision.",
        "Oslandia said on Monday that the Westmarkian strikes were carried out at night.",
    ):
        assert not _seen(_code(nlp, text), "ACCUSE"), text
