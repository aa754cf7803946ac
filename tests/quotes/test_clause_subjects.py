"""Who the subject of an attribution is, in clauses the development stories showed read
wrong (tests/data/real_stories*; each test names its story)."""

from __future__ import annotations

from pathlib import Path

from articlediff import Paragraph, load_article
from articlediff.model import Role
from articlediff.quotes import extract_quotes

from .common import quotes_of

DATA = Path(__file__).resolve().parent.parent / "data"


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*paragraphs)]


def test_a_place_closing_a_relative_clause_is_no_person_and_joined_subjects_are_people() -> None:
    """Real: real_stories13 468 (South Wales Argus), read whole. "Mr Ward, who owns Freestyle in Newport
    Arcade, said his … store" made "Newport Arcade" a person (", said his … store," read
    as its description), and the last "He said: “…”" went to it. Nor was Ward a known
    person: "Skate shop owner Darran Ward and jeweller Colin Jeffries said …" gave the
    verb to Jeffries only, and with the first fix alone that "He" went to Jeffries."""
    story = next((DATA / "real_stories13").glob("468-*")) / "v1.txt"
    quotes = extract_quotes(load_article(str(story)).paragraphs)
    lease = next(q for q in quotes if q.text.startswith("We will need some serious incentive"))
    assert lease.speaker == "Darran Ward"


def test_a_closing_attribution_with_a_title_in_lower_case() -> None:
    """Real: real_stories13 442 (Reuters). "President Donald Trump has been briefed on the shooting,
    White House spokeswoman Lindsay Walters said." / "“…,” she said.": the spokeswoman,
    not the president the words were about."""
    found = speakers(
        "President Donald Trump has been briefed on the shooting, White House spokeswoman Lindsay Walters said.",
        '"Our thoughts and prayers are with all that are affected," she said.',
    )
    assert found == ["Lindsay Walters"]


def test_a_clause_that_is_not_a_closing_attribution() -> None:
    found = speakers(
        "Jo Roe opened the bridge on Monday, which Tom Hale said was late.",
        '"It was worth the wait," she said.',
    )
    assert found == ["Jo Roe"]


def test_a_number_of_people() -> None:
    """Real: real_stories9 (Washington Post). "“…,” 221 lawmakers said in a statement."
    came out with no speaker; "1,200 workers" is one number, not "200 workers"."""
    assert speakers('"We believe the people have lost their patience," 221 lawmakers said.') == ["221 lawmakers"]
    assert speakers('"Pay us what we are owed," 1,200 workers said.') == ["1,200 workers"]


def test_a_court_finds_and_a_judge_rules() -> None:
    """Real: real_stories8 (ABC Australia) and real_stories7 (BBC): a court's or a
    judge's words after "found" and "ruled", in the sentence or closing it."""
    assert speakers('Sentences were low, partly because of a "remarkable" precedent set in 1986, '
                    "the High Court has found.") == ["the High Court"]
    assert speakers('The man was jailed, but the High Court found that was "manifestly too low".') \
        == ["the High Court"]
    assert speakers('The Lord Chief Justice ruled that the trial judge had "misdirected" the jury.') \
        == ["The Lord Chief Justice"]
    assert speakers('Police found a "suspicious" package near the station.') == [None]


def test_a_thing_is_no_person_who_speaks() -> None:
    """Real: real_stories10 (Kildare court). "But this matter should have been brought
    before a court in Limerick and she said …" made "this matter" the one "she" goes
    back to, and a bare quotation paragraph after it "this matter"'s."""
    found = speakers(
        "Judge Miriam Walsh said she would sit in Naas on Monday.",
        "But this matter should have been brought before a court in Limerick and she said no attempt was made.",
        "She added that a judge is available to sit in Limerick.",
        '"I have enough to do; I am not looking after any other districts."',
    )
    assert found == ["Miriam Walsh"]


def test_a_dateline_or_a_label_before_the_subject() -> None:
    """Real: real_stories7 ("C T Online Desk: Officials in western Canada’s British
    Columbia implored …" gave "Columbia"); datelines with a colon are common in the
    press of South Asia."""
    assert speakers('NEW DELHI: The ministry said it was "not aware" of the letter.') == ["the ministry"]
    assert speakers("Online Desk: Officials in western Canada’s British Columbia implored residents to leave"
                    ' as "rapidly evolving" fires spread.') == ["officials in western Canada’s British Columbia"]


def test_a_participle_that_opens_a_sentence_is_no_first_name() -> None:
    """Real: real_stories14 492 (The Scotsman), read whole. "Labelling Douglas Ross, Anas
    Sarwar, and Alex-Cole Hamilton as behaving like Donald Trump …, the spokesperson …
    said …" made "Labelling Douglas Ross" a person, and every later "the spokesperson"
    and "he" his. "Pressed on …, the spokesperson said" has the spokesperson for subject."""
    story = next((DATA / "real_stories14").glob("492-*")) / "v1.txt"
    quotes = extract_quotes(load_article(str(story)).paragraphs)
    assert not any("Douglas Ross" in (q.speaker or "") for q in quotes)
    assert next(q for q in quotes if q.text.startswith("they are trying to deny")).speaker == "the spokesperson"
    # "…, the spokesperson, who speaks directly for the First Minister, said … “…”": the
    # chunk the relative clause describes, after a clause with a verb of its own
    assert next(q for q in quotes if q.text.startswith("trying to pretend")).speaker == "the spokesperson"
    assert next(q for q in quotes if q.text.startswith("well they appear")).speaker == "the spokesperson"


def test_a_question_put_to_the_subject_quotes_the_one_who_asks() -> None:
    """Real: real_stories14. "Asked to clarify whether he was saying they were “denying the
    result of 2021”, he said: …": the question's words, not his."""
    found = speakers(
        'Jo Roe said: "We will win."',
        'Asked whether she was saying they were "denying the result", Jo Roe shrugged.',
    )
    assert found == ["Jo Roe", None]


def test_the_subject_after_and_when_the_clause_before_has_a_verb() -> None:
    """Real: real_stories14 484 (PA Media). "While they all made it safely home, Seesha did
    not and Superintendent Craig Metcalfe of Northumbria Police said: “…”" had no speaker."""
    found = speakers("While they all made it home, Seesha did not and Superintendent Craig Metcalfe of"
                     ' Northumbria Police said: "She is 15 years old and the family are extremely worried."')
    assert found == ["Craig Metcalfe"]
    assert speakers('The vote was close but Jo Roe said: "We won."') == ["Jo Roe"]


def test_where_opens_a_clause_before_its_subject() -> None:
    """Real: real_stories14 494 (The Telegraph). "… the annual TUC conference in Brighton,
    where Frances O’Grady, the outgoing general secretary, said strike action was “already
    happening”" gave "Brighton"."""
    found = speakers("Union bosses met for the annual TUC conference in Brighton, where Frances O’Grady, the"
                     ' outgoing general secretary, said strike action was "already happening".')
    assert found == ["Frances O’Grady"]


def test_a_phrase_before_one_whose_attribution_closes_the_sentence() -> None:
    """Real: real_stories14 519 (Sri Lanka). "… an “embarrassing” and “humiliating”
    innings-defeat at Headingley, Sri Lanka captain Angelo Mathews said."; the first
    phrase had no speaker."""
    found = speakers("A failure paved the road to an “embarrassing” and “humiliating” defeat at Headingley,"
                     " Sri Lanka captain Angelo Mathews said.")
    assert found == ["Angelo Mathews", "Angelo Mathews"]
    # an attribution of its own before the second phrase gives the first nothing
    assert speakers("Jo Roe called the plan “daft” and Tom Hale said it was “fine”.") == ["Jo Roe", "Tom Hale"]


def test_a_relative_clause_with_no_comma_before_it() -> None:
    """Real: real_stories14 518 (The Nation, Nigeria). "“…,” Shorunmu who assisted
    Eguavoen when Nigeria finished third at the 2006 AFCON in Egypt , told
    sportnewsafrica.com." had no speaker."""
    found = speakers('"The team is doing well," Ike Shorunmu who assisted Eguavoen when Nigeria finished third'
                     " at the 2006 AFCON in Egypt, told reporters.")
    assert found == ["Ike Shorunmu"]


def test_state_media_speak() -> None:
    """Real: real_stories14 488 (Al Jazeera). "… while Syrian state television said an army
    officer and four police were killed … by a “criminal gang”"."""
    assert speakers('Syrian state television said four police were killed by a "criminal gang".') \
        == ["Syrian state television"]
    assert speakers('State media said the talks had been "constructive".') == ["State media"]


def test_a_title_heads_a_role() -> None:
    """Real: real_stories12 439 (BOL News). "… to which the Pakistan captain replied, “…”"
    had no speaker: "captain", "coach", "chancellor" are titles, and a role they head is
    read as "the mayor" is."""
    assert speakers('"We will attack," the England coach said.') == ["the England coach"]
    found = speakers("Captain Babar Azam spoke to the media before the series.",
                     'Asked about Gibbs, the captain replied, "I had no such conversation."')
    assert found == ["Babar Azam"]


def test_a_thousands_comma_is_kept_and_no_character_is_changed() -> None:
    """The thousands comma is held by a private-use character while a phrase is split; a
    text that holds that character itself is split as before, not changed."""
    from articlediff.quotes.names import _split_top_level

    assert _split_top_level("1,200 workers, the union") == ["1,200 workers", "the union"]
    assert _split_top_level("1,200 \ue001 workers, x") == ["1", "200 \ue001 workers", "x"]


def test_a_named_speaker_in_a_joined_clause_is_the_one_she_goes_back_to() -> None:
    """Real: real_stories15 548 (Suffolk News-Herald). "… Luke Willette and the Sho Me Band
    played inside …. About a dozen people feasted …, and owner Susan Glover said the shop
    had been full all day." / "“It was slammed,” she said.": not the band's singer."""
    found = speakers(
        "At the bakery, Luke Willette and the band played inside as their music was piped outside. About a"
        " dozen people feasted on treats, and owner Susan Glover said the shop had been full all day.",
        '"It was slammed," she said.',
    )
    assert found == ["Susan Glover"]


def test_a_clause_that_opens_with_while_may_quote_words() -> None:
    """Real: real_stories15 520 (SBS), read whole. "While acknowledging the extra funding
    was a “good first step”, Queensland Premier Annastacia Palaszczuk said …" / "“…,” she
    told reporters": not Malcolm Turnbull, named before."""
    story = next((DATA / "real_stories15").glob("520-*")) / "v1.txt"
    quotes = extract_quotes(load_article(str(story)).paragraphs)
    assert next(q for q in quotes if q.text.startswith("It will mean more work")).speaker == "Annastacia Palaszczuk"


def test_urged_to_is_a_passive() -> None:
    """Real: real_stories15 526 (Sky News). "‘Wake up and smell the flood water’: Govt urged
    to do more …" gave the words to "Govt"; the government is the one urged."""
    headline = Paragraph(index=0, text="‘Wake up and smell the flood water’: Govt urged to do more",
                         role=Role.HEADLINE)
    body = Paragraph(index=1, text="Flood campaigner Mary Long-Dhonau said homes will be hit again.")
    assert [q.speaker for q in extract_quotes([headline, body])] == [None]
    assert speakers("‘Wake up and smell the flood water’: Govt urged to do more.") == [None]


def test_a_title_after_a_lower_case_word_is_no_verb() -> None:
    """Real: real_stories16 610 (Syracuse). "On Thursday, state prosecutor Maureen Barry read
    a letter …. And she simply noted the “long road” …": the prosecutor, not the judge named
    before; "state prosecutor" was read as where the clause's verb begins."""
    assert speakers("Judge Ann Dale said the case had been handled badly.",
                    "On Thursday, state prosecutor Jo Roe read out a letter. "
                    "And she noted the “long road” behind it.") == ["Jo Roe"]


def test_a_name_before_a_possessive_is_the_subject() -> None:
    """Real: real_stories16 610 (Syracuse). "… Maureen Barry read a letter from the victim’s
    family expressing the trauma that Pratt’s abuse had caused": a name in a possessive
    later in the clause is no subject, so "Barry read" is no name qualifying a noun."""
    assert speakers("Judge Ann Dale said the case had been handled badly.",
                    "Jo Roe read a letter about the trauma that Pratt’s abuse had caused. "
                    "She noted the “long road” behind it.") == ["Jo Roe"]


def test_a_sentence_quoted_whole_after_its_subject_s_clause() -> None:
    """Real: real_stories10 349. "Rep. Doug Collins, R-Ga., swiftly shot back on the floor,
    “The president did nothing wrong.”": Collins, quoted nowhere else, whatever the verb."""
    assert speakers("The House opened its debate on Wednesday.",
                    "Rep. Jo Roe, R-Ga., swiftly shot back on the floor, “The president did nothing wrong.”") \
        == ["Jo Roe"]


def test_not_a_phrase_nor_words_put_to_the_subject() -> None:
    assert speakers("The House opened its debate on Wednesday.",
                    "Rep. Jo Roe, R-Ga., was asked on the floor, “Did the president do anything wrong?”",
                    "Rep. Ann Lee left the floor, “angry and alone”, before the vote.") == [None, None]


def test_a_relative_clause_with_no_which() -> None:
    """Real: real_stories8 258 (CBC), "… — something fire officials called “concerning.”":
    the group that is the subject of the clause after the thing it is about."""
    assert speakers("Not everyone chose to leave town — something fire officials called “concerning.”") \
        == ["fire officials"]


def test_a_participle_s_clause_that_names_no_one_opens_before_the_subject() -> None:
    """Real: real_stories17 646 (Belfast Telegraph). "Welcoming the partnership, councillor
    Christina Black, chair of …, said it was great news …" / a bare quotation paragraph: hers.
    A participle that names people ("Labelling Douglas Ross, …") still hides the subject."""
    assert speakers("Welcoming the partnership, councillor Jo Roe, chair of the committee, said it was great news.",
                    "“I am delighted that the department has agreed to match-fund the investment.”") == ["Jo Roe"]


def test_a_person_noun_before_a_name_is_its_title_not_the_verb() -> None:
    """Real: real_stories17 674 (RNZ). "Te Parawhau elder Benjamin Pitman defended the … staff
    however, saying they were “the meat in the social housing sandwich”": Pitman, not "Te
    Parawhau" with the verb "elder"."""
    assert speakers("Te Parawhau elder Jo Roe defended the staff however, saying they were “the meat in the "
                    "sandwich”.") == ["Jo Roe"]


def test_he_after_an_opening_clause_about_a_described_person() -> None:
    """Real: real_stories18 716 (9News). "… before Justice Peter Johnson directed them …" /
    "As the defendant was found guilty, he collapsed …" / "“I'm innocent …,” he shouted":
    the defendant, not the judge named in the sentence before."""
    assert speakers("The jury deliberated for a week before Justice Ann Dale directed them.",
                    "As the defendant was found guilty, he collapsed before regaining his feet.",
                    "“I'm innocent, I didn't kill him,” he shouted.") == ["the defendant"]


def test_not_when_the_opening_clause_speaks_of_him() -> None:
    assert speakers("Justice Ann Dale read the verdict.",
                    "When the judge sentenced him, he collapsed.",
                    "“I'm innocent,” he shouted.") != ["the judge"]


def test_a_surname_that_is_also_a_title() -> None:
    """Real: real_stories19 722 (Churnet Sound). "Dr Simon Constable started in his role …" /
    "Dr Constable said …. But he acknowledged … ‘unacceptable’": a constable's title read
    no name, and "he" went back to the lede's description."""
    assert speakers("Dr Simon Constable started as chief executive this week.",
                    "Dr Constable said the lists were long. But he acknowledged such waits were ‘unacceptable’.") \
        == ["Simon Constable"]
    assert speakers("“Our waiting lists come first,” said Dr Jo Bishop.") == ["Jo Bishop"]


def test_a_relative_clause_whose_closing_comma_is_left_out() -> None:
    """Real: real_stories19 728 (Harrow Times). "Irangi Fernando, who lives off Headstone Lane
    said: “…”" gave the words to "Headstone Lane". Not "Judge Windle, who Lyons said …",
    where the relative clause has a subject of its own."""
    assert speakers("Irangi Roe, who lives off Headstone Lane said: “It’s very frustrating.”") == ["Irangi Roe"]
    assert speakers("Mr Lyons spoke of Judge Ann Windle, who he said “abused a solicitor”.") != ["Ann Windle"]


def test_middle_initials_are_no_acronym() -> None:
    """Real: real_stories19 726 (South Wales Argus). "Welsh Conservatives leader Andrew RT
    Davies said …" / "“…,” he said": "RT" made the name a body's, and "he" went to "Welsh
    Conservatives". A title in capitals stays a title ("People Before Profit TD Brid Smyth")."""
    assert speakers("Welsh Conservatives leader Andrew RT Davies said ministers had “chosen when to make these "
                    "announcements”.", "“It was a tactic they used,” he said.") == ["Andrew RT Davies"] * 2
    assert speakers("People Before Profit TD Brid Smyth has called for “a full investigation”.") == ["Brid Smyth"]


def test_a_participle_after_an_attribution_set_in_commas() -> None:
    """Real: real_stories19 754 (SBS). "The procedures … had failed, he said, adding the
    newspaper had made no apology in case it was seen as a “cynical attempt” …": his."""
    assert speakers("Defence barrister Jo Roe said there had been errors.",
                    "The procedures had failed, he said, adding the paper made no apology in case it was seen "
                    "as a “cynical attempt” to cut its penalty.") == ["Jo Roe"]
