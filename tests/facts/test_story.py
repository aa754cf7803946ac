"""The story's facts (facts.story): numbers, dates and names judged over the whole of
each version, paired only when they state the same thing. Each example of issue 20
is a case here, written as a story would be, or read from the fixtures."""

from __future__ import annotations

import json

import pytest

from articlediff import Fact, compare, load_article
from articlediff.check import check
from articlediff.facts import story_facts
from articlediff.facts.mentions import is_adjective, read_sentence
from articlediff.facts.story import entities
from articlediff.render.describe import facts as header_facts
from articlediff.render.jsonout import load_schema, render_json

from ..conftest import CNN, FIXTURES

HEAD = "Fire kills 27 at a Bangkok bar"


def story(*paragraphs: str) -> str:
    return "\n\n".join((HEAD, *paragraphs)) + "\n"


def found(old: str, new: str) -> list[str]:
    return [f.description for f in story_facts(compare(old, new))]


# --------------------------------------------------------------------------- the examples


def test_a_restated_year_is_no_change() -> None:
    """"Four years ago" rewritten "In 2022": the same fact restated, not "four → 2022"."""
    old = story("Four years ago another fire in a bar in a town south of Bangkok killed 22 people.")
    new = story("In 2022, a fire broke out in a bar in a town south of Bangkok, killing 22 people.")
    assert found(old, new) == []


def test_a_year_is_never_paired_with_a_count() -> None:
    old = story("The strike at the port lasted four years, the union said.")
    new = story("The strike at the port began in 2019, the union said.")
    facts = story_facts(compare(old, new))
    assert not [f for f in facts if f.old and f.new]
    assert Fact("date", None, "2019", new_at=(1, 0)) in facts


def test_a_date_is_one_fact() -> None:
    """"1 January 2009" is one date, not "1 added" and "January added"."""
    old = story("In 2009, 66 people died in a nightclub fire in the capital.")
    new = story("On 1 January 2009, 66 people died in a nightclub fire in the capital.")
    assert found(old, new) == ["1 January 2009 added"]


def test_a_moved_name_stays() -> None:
    """Names (and figures) that moved to another paragraph are still in the story."""
    old = story("The bar, Rong Beer Na Lat Phrao, was in Thailand's capital.", "Chatchart said 27 died.",
                "Police are investigating.")
    new = story("Police are investigating.", "Chatchart said 27 died.",
                "The fire is the worst in Thailand in years.", "The bar was called Rong Beer Na Lat Phrao.")
    assert found(old, new) == []


def test_two_forms_of_one_person_are_one_entity() -> None:
    old = story("The cause is still under investigation, said Prime Minister Anutin Charnvirakul.",
                "Prime Minister Anutin told reporters he had spoken to a musician.")
    new = story("Anutin Charnvirakul visited the scene on the day of the fire.",
                "A musician told Anutin everybody tried to flee.")
    assert found(old, new) == []
    assert len(set(entities(["Prime Minister Anutin", "Anutin", "Anutin Charnvirakul",
                             "Prime Minister Anutin Charnvirakul"]).values())) == 1
    assert len(set(entities(["Federal Open Market Committee", "FOMC", "Committee"]).values())) == 1
    assert len(set(entities(["New York", "New Zealand"]).values())) == 2


@pytest.mark.parametrize("name", ["Thai", "American", "South American", "Americans", "El Salvadoran"])
def test_an_adjective_is_no_name(name: str) -> None:
    assert is_adjective(name)
    old = story("Police said the fire started at midnight.")
    new = story(f"{name} police said the fire started at midnight.")
    assert found(old, new) == []


def test_a_demonym_before_a_title_is_no_part_of_the_name() -> None:
    [(name, _, _)] = read_sentence("It was, said Thai Prime Minister Anutin Charnvirakul, a tragedy.").names
    assert name == "Prime Minister Anutin Charnvirakul"


@pytest.mark.parametrize("sentence", [
    "Fifty-six people were hurt in the fire.",
    "The inquiry will report in May, officials said.",
    "Chairman and National President were the titles he held.",
])
def test_month_number_and_title_words_are_no_names(sentence: str) -> None:
    assert read_sentence(sentence).names == []


def test_a_value_still_present_is_not_removed() -> None:
    """case08 listed "2 percent removed" while v2 still said "2 percent"."""
    old = story("The Committee seeks inflation at the rate of 2 percent over the longer run.", "Rates held.")
    new = story("Rates held.", "Inflation is above the Committee's 2 per cent goal.")
    assert not [f for f in found(old, new) if "2 per" in f]


def test_a_scale_word_is_no_number_of_its_own() -> None:
    """case05 listed "billion removed" beside "$500 billion removed"."""
    old = story("The central bank will buy at least $500 billion of bonds.", "Markets rose.")
    new = story("Markets rose.")
    assert found(old, new) == ["bonds: $500 billion removed"]


def test_a_weekday_said_before_is_not_added() -> None:
    old = story("Firefighters were called just after midnight on Monday.")
    new = story("A fire tore through the bar late on Sunday.", "On Monday, the bar was cordoned off.")
    assert found(old, new) == ["late on Sunday added", "midnight removed"]  # a time of day is a date


def test_a_time_of_day_is_a_date() -> None:
    old = story("The fire started at 23:30 local time.")
    new = story("The fire started late at night.")
    assert story_facts(compare(old, new)) == [Fact("date", "23:30", None, old_at=(1, 0))]


def test_money_carries_its_currency_and_its_conversion() -> None:
    old = story("Families will be compensated.")
    new = story("Families will be given 29,300 Thai baht ($880; £660), officials said.")
    assert found(old, new) == ["29,300 Thai baht ($880; £660) added"]


def test_a_quantity_carries_what_it_counts() -> None:
    """ "eight → 22" pairs the critically injured, though "22" is also the toll of
    another fire; the line and the JSON say what was counted."""
    old = story("At least 27 people were killed and eight left critically injured.",
                "Four years ago another fire killed 22 people.")
    new = story("A fire killed at least 27 people and left 22 critically injured.",
                "Four years ago another fire killed 22 people.")
    diff = compare(old, new)
    assert header_facts(diff) == ["critically injured: eight → 22"]
    [fact] = json.loads(render_json(diff))["facts"]
    assert fact["what"] == "critically injured" and (fact["old"], fact["new"]) == ("eight", "22")
    assert fact["evidence"]["old"]["paragraph"] == 1 and "eight left" in fact["evidence"]["old"]["text"]
    assert fact["evidence"]["new"] == {"paragraph": 1, "sentence": 0, "text": new.split("\n\n")[1]}


def test_different_things_counted_are_not_paired() -> None:
    old = story("Rescuers said 12 people were missing.")
    new = story("Rescuers said 40 houses were destroyed.")
    assert found(old, new) == ["houses: 40 added", "missing: 12 removed"]


def test_a_new_paragraph_counts() -> None:
    """Figures, names and votes of added paragraphs, judged against the whole old version."""
    old = story("The Senate voted on the bill.")
    new = story("The Senate voted on the bill.", "It passed 53-47, Senator Jane Roe said.")
    assert found(old, new) == ["53-47 added", "Senator Jane Roe added"]


def test_an_organisation_is_read_whole() -> None:
    [(name, _, _)] = read_sentence("The rate was set by the Bank of Thailand on the day.").names
    assert name == "Bank of Thailand"


def test_control_characters_never_become_facts() -> None:
    old = story("The vote was held.")
    new = story("The vote was held \x1b[31mACME\x1b[0m and 12\x07 people\x1b came.")
    assert all(f.isprintable() for f in found(old, new))


def test_the_header_lists_numbers_then_names_then_dates_capped() -> None:
    old = story("Police said little.")
    new = story("On Friday, Ann Lee said 3 people died.", "On Saturday, Bo Chan said 4 ships sank.",
                "On Sunday, Cy Dow said 5 cars burned and 6 homes were lost.")
    listed = header_facts(compare(old, new))
    assert listed[:4] == ["died: 3 added", "ships: 4 added", "cars: 5 added", "homes: 6 added"]
    assert listed[4:7] == ["Ann Lee added", "Bo Chan added", "Cy Dow added"]
    assert listed[7:] == ["Friday added", "2 more"]


# --------------------------------------------------------------------------- check and fixtures


def fixture_pairs() -> list[tuple[str, str]]:
    pairs = [(str(CNN / "v1.txt"), str(CNN / "v2.txt")), (str(CNN / "v2.txt"), str(CNN / "v3.txt"))]
    pairs += [(str(c / "v1.txt"), str(c / "v2.txt")) for c in sorted((FIXTURES / "corpus").iterdir())]
    return pairs


#: The fixture pairs in which a reported quantity changed, and how.
CHANGED = {
    "cnn-el-salvador/v3.txt": ["¶18: number jailed: 80,000 → 83,000"],
    "case11/v2.txt": ["¶0: number critically injured: eight → 22"],
}


@pytest.mark.parametrize(("old", "new"), fixture_pairs(), ids=lambda p: "/".join(p.split("/")[-2:]))
def test_number_changed_only_where_a_quantity_changed(old: str, new: str) -> None:
    diff = compare(load_article(old), load_article(new))
    messages = [v.message for v in check(diff, ["number-changed"]).violations]
    key = "/".join(new.split("/")[-2:])
    assert messages == CHANGED.get(key, [])


@pytest.mark.parametrize(("old", "new"), fixture_pairs(), ids=lambda p: "/".join(p.split("/")[-2:]))
def test_check_fails_on_number_changed_only_where_a_quantity_changed(old: str, new: str) -> None:
    """The command a CI job runs: `check --fail-on number-changed` exits 1 on the CNN
    v2 → v3 pair (80,000 → 83,000) and on case11 (eight → 22), 0 on every other pair."""
    from click.testing import CliRunner

    from articlediff.cli import main

    result = CliRunner().invoke(main, ["check", "--fail-on", "number-changed", old, new])
    expected = CHANGED.get("/".join(new.split("/")[-2:]))
    assert result.exit_code == (1 if expected else 0), result.output
    for message in expected or ():
        assert message in result.stdout


def test_number_removed() -> None:
    old = story("Officials said 80,000 people were jailed.", "The toll was 12.")
    new = story("Officials said many people were jailed.", "The toll was 12.")
    [violation] = check(compare(old, new), ["number-removed"]).violations
    assert violation.rule == "number-removed" and violation.message == "old ¶1: number jailed: 80,000 removed"
    assert check(compare(old, old.replace("Officials", "Police")), ["number-removed"]).violations == ()
    # A change is no removal.
    assert check(compare(old, old.replace("80,000", "83,000")), ["number-removed"]).violations == ()


def test_the_json_facts_follow_the_schema() -> None:
    import jsonschema

    diff = compare(load_article(CNN / "v2.txt"), load_article(CNN / "v3.txt"))
    doc = json.loads(render_json(diff))
    jsonschema.validate(doc, load_schema())
    assert doc["facts"][0]["description"] == "jailed: 80,000 → 83,000"


def test_casualty_words_count_the_same_people() -> None:
    """A toll rewritten: "the death toll rose to 75" → "killed 89 people" is one change;
    "confirmed dead" counts the dead too."""
    old = story("The death toll from the earthquake in the mountain province rose to 75 on Tuesday.")
    new = story("The earthquake in the mountain province has killed 89 people, officials said on Tuesday.")
    assert found(old, new) == ["killed: 75 → 89"]
    old = story("Officials said 54 people were confirmed dead after the landslide.")
    new = story("After the landslide, officials said 56 people were confirmed dead.")
    assert found(old, new) == ["dead: 54 → 56"]


def test_a_range_is_one_fact() -> None:
    old = story("The Committee decided to maintain the target range for the federal funds rate at 1/4 to 1/2 percent.")
    new = story("The Committee decided to raise the target range for the federal funds rate to 1/2 to 3/4 percent.")
    assert found(old, new) == ["rate: 1/4 to 1/2 percent → 1/2 to 3/4 percent"]


@pytest.mark.parametrize(("old", "new"), fixture_pairs(), ids=lambda p: "/".join(p.split("/")[-2:]))
def test_the_evidence_states_the_fact(old: str, new: str) -> None:
    """Each fact's evidence is a sentence of its version that holds the value."""
    from articlediff.text.words import straight_apostrophes

    diff = compare(load_article(old), load_article(new))
    for fact in story_facts(diff):
        for value, at, article in ((fact.old, fact.old_at, diff.old), (fact.new, fact.new_at, diff.new)):
            assert (value is None) == (at is None)
            if value is not None and at is not None:
                sentence = straight_apostrophes(article.paragraphs[at[0]].sentences[at[1]])
                assert straight_apostrophes(value) in sentence, fact


def test_a_value_both_versions_state_is_no_change() -> None:
    """The same figure, what it counts worded otherwise, is neither removed nor added."""
    old = story("The quake destroyed 1,200 houses in the county.")
    new = story("In the county, 1,200 homes collapsed in the quake.")
    assert found(old, new) == []


def test_a_wire_time_is_a_time_and_its_zone_no_name() -> None:
    old = story("The quake struck at 2345 GMT on Sunday, officials said.")
    new = story("The quake struck on Sunday, officials said.")
    assert found(old, new) == ["2345 removed"]
    assert [m.key for m in read_sentence("It struck at noon.").dates] == ["t:12:00"]


def test_a_count_says_what_the_verb_before_did() -> None:
    old = story("The quake killed at least 75 and injured more than 300, state media said.")
    new = story("The quake killed at least 89 and injured 412, state media said on Wednesday.")
    assert found(old, new) == ["killed: 75 → 89", "injured: 300 → 412", "Wednesday added"]


def test_a_title_case_headline_names_only_what_the_text_names() -> None:
    old = "Quake Hits Gansu\n\nAn earthquake hit Gansu province on Monday.\n"
    new = "Quake Hits Gansu, Rescuers Search Rubble\n\nAn earthquake hit Gansu province on Monday.\n"
    assert found(old, new) == []


def test_people_counted_pair_with_what_happened_to_them() -> None:
    """ "75 people" and "89 dead" in rewritten leads: one toll, changed."""
    old = story("A strong earthquake in Gansu province left 75 people dead, state media said on Tuesday.")
    new = story("State media said on Tuesday the earthquake in Gansu province had killed at least 89 people.")
    assert found(old, new) == ["killed: 75 → 89"]


def test_a_place_before_a_title_does_not_make_the_person_the_place() -> None:
    """ "Kentucky Senator Mitch McConnell" enters a story that named Kentucky before."""
    old = story("Voters in Kentucky went to the polls on Tuesday.")
    new = story("Voters in Kentucky went to the polls on Tuesday.",
                "Kentucky Senator Mitch McConnell said the result was clear.")
    assert found(old, new) == ["Kentucky Senator Mitch McConnell added"]
    assert len(set(entities(["Kentucky Senator Mitch McConnell", "McConnell", "Mitch McConnell"]).values())) == 1


def test_no_fact_changed_no_fact_listed() -> None:
    """A story rewritten without a fact changed: "Hamas-ruled Gaza" is Gaza."""
    old = story("Israeli strikes hit Gaza and the West Bank overnight, officials said.")
    new = story("Officials said Israeli strikes hit Hamas-ruled Gaza and the occupied West Bank overnight.")
    assert found(old, new) == []


def test_a_number_word_of_a_name_is_no_number() -> None:
    assert read_sentence("He spoke to reporters aboard Air Force One on Friday.").numbers == []
    assert [m.text for m in read_sentence("One man died.").numbers] == ["One"]
    # In a title-case headline every word is capitalised, and after a dateline's dash a
    # clause starts: "Nine" still counts.
    assert [m.text for m in read_sentence("Saudi Arabia Holds Nine Americans in Jail").numbers] == ["Nine"]
    assert [m.text for m in read_sentence("DUBAI -- Nine Americans are held.").numbers] == ["Nine"]


def test_an_upper_case_name_with_an_apostrophe_is_one_name() -> None:
    assert [n for n, _, first in read_sentence("Rescuers reached YA'AN on Sunday.").names if not first] == ["YA'AN"]


def test_the_number_of_dead_is_a_toll() -> None:
    old = story("Rescuers said 11 people were killed when the hillside collapsed on the village.")
    new = story("The number of dead rose to 20 after the hillside collapsed on the village, rescuers said.")
    assert found(old, new) == ["dead: 11 → 20"]


def test_what_is_written_as_the_text_writes_it() -> None:
    old = story("Protections were removed.")
    new = story("Protections were removed for 348,000 Venezuelans.")
    assert found(old, new) == ["Venezuelans: 348,000 added"]


def test_a_vote_is_one_fact_and_dna_no_name() -> None:
    old = story("The council approved the plan.")
    new = story("The council approved the plan by a 12 – 0 vote after DNA tests.")
    assert found(old, new) == ["12 – 0 added"]
    [(name, _, _)] = read_sentence("It was, said Iranian Supreme Leader Ali Khamenei, a victory.").names
    assert name == "Supreme Leader Ali Khamenei"


def test_villages_are_told_apart_by_their_own_names() -> None:
    """ "Village", "Town", "District" name no one place: two villages are two entities."""
    old = story("Rescuers reached Xinzhai Village in the hills on Monday.", "The slide buried homes in Xinzhai Village.")
    new = story("Rescuers reached Dongpo Village in the hills on Monday.", "The slide buried homes in Dongpo Village.")
    assert found(old, new) == ["Xinzhai Village → Dongpo Village"]  # one in the place of the other
    old = story("Rescuers reached Xinzhai Village in the hills on Monday.")
    new = story("Rescuers reached the hills on Monday.", "The slide buried homes in Dongpo Village.")
    assert found(old, new) == ["Xinzhai Village removed", "Dongpo Village added"]
    assert len(set(entities(["Xinzhai Village", "Dongpo Village", "Lintan District", "Minxian District"]).values())) == 4
    # The same village, with or without its head word, is one.
    old = story("Rescuers reached Xinzhai Village on Monday.")
    new = story("Rescuers reached Xinzhai on Monday.")
    assert found(old, new) == []


def test_a_toll_is_a_toll_however_much_is_said_of_it() -> None:
    """ "The death toll from Monday's landslide in the hills of the county rose to 31":
    what the toll is of may take many words before the figure."""
    old = story("The death toll from Monday's landslide in the hills above the county seat rose to 31, officials said.")
    new = story("The landslide in the hills above the county seat killed at least 40 people, officials said on Monday.")
    assert found(old, new) == ["killed: 31 → 40"]
    [mention] = read_sentence("The toll from the storm that swept the coast last week stood at 9.").numbers
    assert mention.what == "toll"


def test_dead_or_missing_is_a_count_of_its_own() -> None:
    """ "164 dead" and "203 dead or missing" count different people: no change, but a
    removal and an addition; two tallies of the dead and missing are one."""
    old = story("The quake killed 164 people, state media said.", "More than 6,700 were injured.")
    new = story("The quake left 203 people dead or missing, state media said.", "More than 6,700 were injured.")
    assert found(old, new) == ["dead or missing: 203 added", "killed: 164 removed"]
    old = story("The number of dead or missing rose to 180, state media said.")
    new = story("The number of dead and missing rose to 203, state media said.")
    assert found(old, new) == ["dead and missing: 180 → 203"]


def test_a_title_alone_stands_for_the_person_who_holds_it() -> None:
    """ "Prime Minister Anutin Charnvirakul" and "the prime minister" are one person:
    a version that calls him by his title alone has not dropped him, nor has one that
    names him for the first time brought in someone new."""
    named = story("The cause is under investigation, said Prime Minister Anutin Charnvirakul on Monday.")
    titled = story("The cause is under investigation, the prime minister said on Monday.")
    assert found(named, titled) == []
    assert found(titled, named) == []
    # A former holder of the office is someone else.
    assert found(named, titled.replace("the prime", "the former prime")) == ["Prime Minister Anutin Charnvirakul removed"]
    # With two presidents in the story, "the president" says not which.
    old = story("President Ann Lee met President Bo Chan in the capital.")
    new = story("The president met President Bo Chan in the capital.")
    assert found(old, new) == ["President Ann Lee removed"]
    # "General" alone is no one's title: "the general public".
    old = story("Attorney General Cy Dow said the general public was safe.")
    new = story("Officials said the general public was safe.")
    assert found(old, new) == ["Attorney General Cy Dow removed"]


def test_a_name_replaced_in_the_same_role_is_one_change() -> None:
    """The speaker of a sentence, or the holder of a title, replaced: one change."""
    old = story("The county must rebuild, said Mayor Tang Xiaoming on Monday.")
    new = story("The county must rebuild, said Mayor Li Wei on Monday.")
    assert found(old, new) == ["Mayor Tang Xiaoming → Mayor Li Wei"]
    [fact] = story_facts(compare(old, new))
    assert (fact.old_at, fact.new_at) == ((1, 0), (1, 0))
    old = story("The county must rebuild, said Ann Lee, a local official.")
    new = story("The county must rebuild, said Bo Chan, a local official.")
    assert found(old, new) == ["Ann Lee → Bo Chan"]


def test_names_not_in_the_same_role_are_not_paired() -> None:
    # Another title: another office, not the same one filled by someone else.
    old = story("The county must rebuild, said Mayor Tang Xiaoming on Monday.")
    new = story("The county must rebuild, said Governor Li Wei on Monday.")
    assert found(old, new) == ["Governor Li Wei added", "Mayor Tang Xiaoming removed"]
    # A list: one member gone and one come is no one replacing anyone.
    old = story("Voting for the action were: Ann Lee; Bo Chan; Cy Dow; and Ed Fay.")
    new = story("Voting for the action were: Ann Lee; Bo Chan; Gil Hay; and Ed Fay.")
    assert found(old, new) == ["Gil Hay added", "Cy Dow removed"]
    # After "and": one place more and one fewer, not a place renamed.
    old = story("Rescuers from Gansu and Qinghai searched the rubble on Monday.")
    new = story("Rescuers from Gansu and Sichuan searched the rubble on Monday.")
    assert found(old, new) == ["Sichuan added", "Qinghai removed"]
    # Sentences about other things.
    old = story("The county must rebuild, said Ann Lee.")
    new = story("Roads to the valley reopened on Tuesday, said Bo Chan.")
    assert found(old, new) == ["Bo Chan added", "Ann Lee removed", "Tuesday added"]


def test_an_acronym_may_spell_what_a_board_is_of() -> None:
    """ "the Board of the League of United Latin American Citizens (LULAC)": one
    organisation entering, not two."""
    old = story("Migrant groups protested.")
    new = story("Migrant groups protested.",
                "Ann Lee, chair of the Board of the League of United Latin American Citizens (LULAC), spoke.",
                "LULAC opposes the plan.")
    assert found(old, new) == ["Ann Lee added", "Board of the League of United Latin American Citizens added"]
    assert len(set(entities(["Bank of Thailand", "BOE", "Bank of England"]).values())) == 3


def test_a_word_after_a_dateline_is_capitalised_as_a_sentence_starts() -> None:
    """ "HILLTOWN, China (AP) — Rescuers searched": "Rescuers" is no name; a name
    after a dash that the story names elsewhere still is."""
    old = story("HILLTOWN, China (AP) — Officials said the quake struck on Monday.")
    new = story("HILLTOWN, China (AP) — Rescuers searched the rubble after the quake struck on Monday.")
    assert found(old, new) == []
    old = story("Officials said the quake struck on Monday.")
    new = story("Officials said the quake struck on Monday — Gansu was hit hardest, and Gansu's governor spoke.")
    assert found(old, new) == ["Gansu added"]


@pytest.mark.parametrize("sentence", [
    "He told BBC Radio 4 that the mood had changed.",
    "Allies invoked Article 5 of the treaty.",
    "The airline grounded its Boeing 737 jets.",
    "It was the No. 1 song of the year.",
    "The one-child policy was dropped.",
    "The mayor was the one who called for calm.",
    "This one is bigger, officials said.",
    "One rescue worker told reporters the hillside was still moving.",
    "\"It shook,\" one resident said.",
])
def test_a_figure_of_a_name_or_a_pronoun_one_is_no_number(sentence: str) -> None:
    assert read_sentence(sentence).numbers == []


@pytest.mark.parametrize(("sentence", "number"), [
    ("On Monday 75 people died.", "75"),
    ("Nearly 75 people died.", "75"),
    ("Quake Kills 75 In Gansu Province", "75"),
    ("Only one person died.", "one"),
    ("One person died, officials said.", "One"),
    ("The 6.6-magnitude quake struck at dawn.", "6.6"),
])
def test_a_count_after_a_capital_is_still_a_count(sentence: str, number: str) -> None:
    """A day or month before it, a sentence's first word, a title-case headline."""
    assert [m.text for m in read_sentence(sentence).numbers] == [number]


def test_a_hyphened_magnitude_is_a_measure() -> None:
    """ "a magnitude-5.6 aftershock" states a measure; "MS-13", "COVID-19" are names."""
    assert [m.text for m in read_sentence("A magnitude-5.6 aftershock struck later.").numbers] == ["5.6"]
    assert read_sentence("MS-13 members and COVID-19 patients were moved.").numbers == []
    old = story("A magnitude-6.6 quake struck, and a magnitude-5.6 aftershock followed.")
    new = story("A magnitude-6.6 quake struck the county.")
    assert found(old, new) == ["5.6 removed"]


def test_a_credit_in_brackets_is_a_name() -> None:
    """ "BEIJING (Reuters) -": the agency credited in brackets is named, whether it
    comes or goes; a bracket holding a sentence starts one."""
    old = story("BEIJING (Reuters) - An earthquake struck the county on Monday.")
    new = story("BEIJING (AFP) - An earthquake struck the county on Monday.")
    assert found(old, new) == ["AFP added", "Reuters removed"]
    old = story("Officials met on Monday (Rescuers were away).")
    new = story("Officials met on Monday.")
    assert found(old, new) == []


def test_a_region_a_title_is_for_is_no_part_of_the_name_after_it() -> None:
    """ "the envoy for Latin America Mauricio Claver-Carone": a region, then a person."""
    sentence = "On Friday, the special envoy for Latin America Mauricio Claver-Carone spoke."
    assert [n for n, _, _ in read_sentence(sentence).names] == ["Latin America", "Mauricio Claver-Carone"]
    assert [n for n, _, _ in read_sentence("The Africa Development Bank lent more.").names] == ["Africa Development Bank"]


def test_a_newspaper_named_for_its_place_is_not_the_place() -> None:
    """ "the Hilltown Daily reported" names a newspaper: it leaves the story though
    Hilltown stays; "the Daily" is the newspaper again."""
    old = story("The slide hit Hilltown on Monday, the Hilltown Daily reported.")
    new = story("The slide hit Hilltown on Monday, officials said.")
    assert found(old, new) == ["Hilltown Daily removed"]
    assert len(set(entities(["Washington Post", "Washington"]).values())) == 2
    assert len(set(entities(["New York Times", "The Times", "Times"]).values())) == 1


def test_a_local_government_is_read_whole_and_is_not_its_place() -> None:
    """ "the Dingxi city government" is a body of its own: it leaves though Dingxi stays,
    unless the other version still speaks of "the city government". A country's
    government is not read apart from the country."""
    old = story("The Dingxi city government said the slide hit Dingxi on Monday.")
    assert found(old, story("Officials said the slide hit Dingxi on Monday.")) == ["Dingxi city government removed"]
    assert found(old, story("The city government said the slide hit Dingxi on Monday.")) == []
    old = story("The US government said the slide hit Dingxi on Monday.")
    assert found(old, story("Officials in the US said the slide hit Dingxi on Monday.")) == []
    old = story("The Chinese government said the slide hit Dingxi on Monday.")
    assert found(old, story("Officials said the slide hit Dingxi on Monday.")) == []
