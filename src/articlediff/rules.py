"""The rules ``articlediff check`` enforces, by name, with what breaks each.

Apart from check.py, which implements them, so that the command line can list them
in its help without importing the checks on every run.
"""

RULES = {
    "quote-changed": "the words inside a quotation changed",
    "quote-removed": "a quotation was removed",
    "quote-reattributed": "a quotation is now attributed to someone else (its words changed or not)",
    "paragraph-removed": "a paragraph of the story was removed (boilerplate and bylines aside)",
    "number-changed": "a number the story reported now states another value for the same fact",
    "number-removed": "a number the story reported is no longer anywhere in it",
    "byline-changed": "the byline or dateline changed",
    "headline-changed": "the headline changed",
    "any": "anything changed",
}
