"""Input stage: a file, a URL, standard input or a git revision → decoded text → an
Article, read as plain text, Markdown or HTML (``load.read_article`` decides which)."""
