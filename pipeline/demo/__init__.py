"""`demo`: a filled workspace for a fictional organisation, to show the whole product."""
