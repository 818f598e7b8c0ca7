#!/usr/bin/env python3
"""Adds the board-questions checklist API (features/questions/api.cpp) to docs/openapi.json,
and the frameworks' `checklist` flag. Idempotent: run it again after a merge and it puts the
same entries back."""

from openapi_parts import add_to_spec, errors, ok, query, ref, operations

READ = (401, 403, 404, 500, 503)
WRITE = (400, 401, 403, 404, 413, 500, 503)
TAG = "Board questions"
operation = operations(TAG)
DESCRIPTION = ("The board-questions checklist: the board's answer to each question, with "
               "evidence, status, owner and review date.")
STATUS = {"type": "string", "enum": ["not_started", "partly_assured", "assured"]}
EVIDENCE = {"type": "array", "maxItems": 10, "items": {
    "type": "object", "required": ["title", "url"],
    "properties": {"title": {"type": "string", "maxLength": 200},
                   "url": {"type": "string", "format": "uri",
                           "description": "An http or https address; nothing else."}}}}
OWNER = {"type": ["object", "null"], "required": ["id", "name"],
         "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
COLUMNS = "framework,question,title,status,owner,next_review_on,overdue,answer,evidence"

RECORD_FIELDS = {
    "answer": {"type": "string"},
    "owner": OWNER,
    "next_review_on": {"type": ["string", "null"], "format": "date"},
    "evidence": EVIDENCE,
}

SCHEMAS = {
    "BoardQuestion": {
        "type": "object",
        "description": "A question of a checklist framework with the board's current record "
                       "of it. Never answered: status not_started, answer empty, owner, review "
                       "date and changed_at null.",
        "required": ["framework", "ref", "title", "question", "status", "overdue", "answer",
                     "owner", "next_review_on", "evidence", "changed_at", "changed_by"],
        "properties": {
            "framework": {"type": "object", "required": ["ref", "title"],
                          "properties": {"ref": {"type": "string"},
                                         "title": {"type": "string"}}},
            "ref": {"type": "string", "description": "The item's ref in its framework."},
            "title": {"type": "string"},
            "question": {"type": "string"},
            "status": STATUS,
            "overdue": {"type": "boolean",
                        "description": "The next review date is before today (UTC)."},
            **RECORD_FIELDS,
            "changed_at": {"type": ["string", "null"], "format": "date-time"},
            "changed_by": {"type": ["string", "null"]}}},
    "BoardQuestionRecord": {
        "type": "object", "description": "One state of a question's record, as the history "
                                         "keeps it.",
        "required": ["changed_at", "changed_by", "status", "answer", "owner", "next_review_on",
                     "evidence"],
        "properties": {"changed_at": {"type": "string", "format": "date-time"},
                       "changed_by": {"type": "string"}, "status": STATUS, **RECORD_FIELDS}},
    "BoardQuestionDetail": {
        "description": "A question with every change to its record, newest first.",
        "allOf": [ref("schemas", "BoardQuestion"),
                  {"type": "object", "required": ["history"],
                   "properties": {"history": {"type": "array", "items": ref(
                       "schemas", "BoardQuestionRecord")}}}]},
    "BoardQuestionInput": {
        "type": "object", "required": ["status"],
        "description": "The whole new state of the record.",
        "properties": {"answer": {"type": "string", "maxLength": 5000},
                       "status": STATUS,
                       "owner": {"type": ["integer", "null"],
                                 "description": "A board member's id; anyone else is refused."},
                       "next_review_on": {"type": ["string", "null"], "format": "date"},
                       "evidence": EVIDENCE}},
}


def paths():
    ods = [ref("parameters", "Ods")]
    question = [{"name": "framework", "in": "path", "required": True,
                 "description": "The checklist framework's ref.", "schema": {"type": "string"}},
                {"name": "question", "in": "path", "required": True,
                 "description": "The item's ref in that framework.", "schema": {"type": "string"}}]
    keeper = ("The secretary, an admin, or an executive director on the board (403 for anyone "
              "else).")
    return {
        "/api/v1/orgs/{ods}/questions": {"parameters": ods, "get": operation(
            "listBoardQuestions", "The board-questions checklist",
            "Anyone in the organisation. The questions of every framework marked as a "
            "checklist, national first, each in its framework's order, with the board's "
            "current record.",
            {**ok(200, "The questions that pass the filters.",
                  {"type": "array", "items": ref("schemas", "BoardQuestion")}),
             **errors(400, *READ)},
            params=[query("status", "Only this status.", STATUS),
                    query("owner", "Only those this board member owns.", {"type": "integer"}),
                    query("overdue", "yes: only those whose review is overdue.",
                          {"type": "string", "enum": ["yes", "no"]})])},
        "/api/v1/orgs/{ods}/questions/import": {"parameters": ods, "post": operation(
            "importBoardQuestionAnswers", "Record answers from CSV",
            keeper + " The body is CSV with the header " + COLUMNS + " (as the checklist's CSV "
            "download has it; title and overdue are ignored). Each line records a new state of "
            "the question named by framework and question; the owner is a board member's name; "
            "each line of evidence is a title then its address. All or nothing: each problem is "
            "in `errors`, at body:line:column.",
            {**ok(200, "Done.", {"type": "object", "required": ["changed"],
                                 "properties": {"changed": {"type": "integer"}}}),
             **errors(*WRITE)},
            body={"text/csv": {"schema": {"type": "string"}}}, csrf=True)},
        "/api/v1/orgs/{ods}/questions/{framework}/{question}": {
            "parameters": ods + question,
            "get": operation(
                "getBoardQuestion", "A question with its history", "Anyone in the organisation.",
                {**ok(200, "The question.", ref("schemas", "BoardQuestionDetail")),
                 **errors(*READ)}),
            "put": operation(
                "updateBoardQuestion", "Record a new answer to a question",
                keeper + " Every problem is in `errors`, by field (`evidence[1].url`); nothing "
                "is written unless all are right. Who and when are recorded.",
                {**ok(200, "The question.", ref("schemas", "BoardQuestion")), **errors(*WRITE)},
                body={"application/json": {"schema": ref("schemas", "BoardQuestionInput")}},
                csrf=True)},
    }


def mark_frameworks_as_checklists(spec):
    """The framework schema gains its `checklist` flag."""
    framework = spec["components"]["schemas"]["Framework"]
    framework["properties"]["checklist"] = {
        "type": "boolean",
        "description": "Its questions join the organisations' board-questions checklist."}
    if "checklist" not in framework["required"]:
        framework["required"].insert(framework["required"].index("national"), "checklist")


def main():
    add_to_spec(TAG, DESCRIPTION, SCHEMAS, paths(),
                edit=mark_frameworks_as_checklists)


if __name__ == "__main__":
    main()
