"""Render typed visual plans to charts, decks, SVG, PNG, HTML and native PowerPoint."""
