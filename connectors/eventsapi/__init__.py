"""`POST /api/events`: integrators and staff (visits, letters, calls) hand in ContactEvents."""
