"""Align stage: old and new paragraph lists → groups of corresponding paragraphs, and
the sentences of an edited block → groups of corresponding sentences.

The paragraph aligner (paragraphs.py) runs four passes over one shared record of what
is known and found so far (state.py); the thresholds live with the pass that uses them.
Passes 2 and 3 compare content words as stems (stems.py): "shows" and "show",
"supporter" and "support" are one word to them.

1. Exact matches (exact.py) on a normal form (case, white space and typography
   ignored): texts that occur once on each side anchor the alignment; repeated texts
   ("Advertisement") pair inside the same gap between anchors, in order.
2. Fuzzy matches (fuzzy.py) for what is left: candidates come from an inverted index
   of each paragraph's rarest content words (index.py) and from the few free
   paragraphs facing it between the same two anchors. A pair needs three content
   words in common (two for a paragraph of four or fewer; stop words never count) and
   a Dice overlap of at least ``IN_PLACE_THRESHOLD`` in place, ``MOVED_THRESHOLD`` as
   a move; one weaker than that must share two words that few of the paragraphs in
   play hold. A fragment (a title or label: short, no closing punctuation) pairs with
   prose only when nothing else claims either. Two paragraphs that both quote
   someone rank by their quotations, not by who is said to have said them, and pair
   as a move only when their quotations share words: a speaker changed, or two
   swapped, is each quotation edited where it stands.
3. Splits and merges (splits.py): a free paragraph whose content words mostly come
   from one edited pair's paragraph, and that brings words its partner lacks, joins
   the pair. Then sentence links (sentence_links.py): what of each sentence its own
   partner does not account for is matched against what of the other side's
   sentences their partners leave; where one holds a fair share of another's weight
   (inverse document frequency) in specific words, their paragraphs are linked,
   strongest first, each link explaining its words away. So a block may hold several
   old and several new paragraphs. A link that would be a move needs the overlap a
   moved paragraph needs unless it stands beside a pair (next to the partner of one
   of its paragraphs, with at most paragraphs that nothing holds between them, or
   with the paragraphs before or after both paired to each other); a link found
   before counts as a pair here, and such a move is tried again once the others are
   in. Beside a pair, a link that takes only a small share of a sentence must carry
   more than names. Two sentences
   that both quote someone and share none of the quoted words (only the speaker's
   name and title around them) are not linked, and a speaker's name (the capitalised
   words next to "said", "told"...) counts for nothing in a split, merge or link:
   besides it, the two must still share enough words. A sentence found as it is once on each side, or the one stock sentence of
   its kind on each side (an appeal for witnesses, a "declined to comment"; see
   stock.py), links where it stands in place or beside a pair, however few words it
   shares. A sentence found in several paragraphs of one side never links.
   Nothing in passes 2 and 3 ties prose, by a move, to a paragraph inside a quotation
   running over several paragraphs on the other side (a directive or a letter quoted
   whole repeats the story's prose rather than being it moved); in place, the two may
   pair.
4. Moves (moves.py): the minimal set of pairings that cross the others, the
   complement of a maximum-weight increasing chain (a weighted longest increasing
   subsequence, O(n log n)). A paragraph counts once, however many pieces it was
   cut into: the chain keeps the most one-to-one pairs in order, then the most
   edges of splits and merges beside them, so a piece is moved only where it landed
   out of sequence with its neighbours, and a paragraph moved in three pieces is one
   move, not the two paragraphs it was taken past. Ties keep the more similar pairs
   in place, and of the edges of splits and merges those that carry more of their
   paragraphs' words (a paragraph merged whole stays; the sentence that jumped past
   it is the move). The same chain
   over the pairs found so far gives passes 1 and 2 their anchors. Page furniture (the
   caller names it: compare gives boilerplate, bylines and datelines) counts for less
   in the chain than any pair of the story, so an "Advertisement" left in its slot
   does not make the story's paragraphs moved; furniture the page repeats is never
   marked moved.

Ties are broken by position, so the passes run in one fixed orientation (the lesser
list as "old") and the result is turned round when needed: comparing B with A is the
mirror image of comparing A with B. The result lists every paragraph of each side
exactly once, in the reading order of the new version, with each removed paragraph
where it stood.

Sentences inside an edited block (sentences.py) are aligned by the same passes,
without sentence links, on the handful of sentences of the block.
"""

from .paragraphs import Group, align_one, align_paragraphs
from .sentences import align_sentences

__all__ = ["Group", "align_one", "align_paragraphs", "align_sentences"]
