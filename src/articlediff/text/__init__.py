"""Text at the bottom of the pipeline: word tokens and normal forms (words), the one
sentence splitter (sentences), and the one table of quotation marks (marks). Nothing
here knows of articles, alignments or views."""
