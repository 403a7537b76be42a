"""What the case list can be sorted by: the columns of ``database.CaseRow``.

Apart from ``database`` so that the command line's parser offers them without
loading the store.
"""

SORT_COLUMNS = (
    "id",
    "title",
    "incident_date",
    "platform",
    "outcome",
    "route",
    "created_at",
    "updated_at",
    "deleted_at",
)
