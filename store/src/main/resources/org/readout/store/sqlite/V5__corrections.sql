-- Schema 5: reader corrections (`readout serve`, issue 14). The table V1 reserved gains what
-- applying a correction again after re-extraction needs: the text its span held when proposed (the
-- span must still hold it), the event key (code and source) that tells apart events on one span, and whether it
-- changed the stored document the last time it was applied.
ALTER TABLE corrections ADD COLUMN span_text TEXT NOT NULL DEFAULT '';
ALTER TABLE corrections ADD COLUMN item_key TEXT;
ALTER TABLE corrections ADD COLUMN applied INTEGER NOT NULL DEFAULT 0;

CREATE INDEX corrections_document ON corrections(document_id, status);
CREATE INDEX corrections_status ON corrections(status, correction);
