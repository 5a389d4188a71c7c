"""Who is it, what is it, how urgent, and what to keep: contact routing."""
