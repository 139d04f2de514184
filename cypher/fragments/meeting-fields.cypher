// Fragment: the fields of a meeting record; parts_ is MeetingParts (src/graph/parts.ts).
// The date leaves as text: a Date object costs the driver more to decode than the rest of the record.
.id, date: toString(node_.date), dateInferred: coalesce(node_.dateInferred, false), .status, kind: coalesce(node_.kind, 'TALKS'),
location: CASE WHEN parts_.location THEN @meeting-location(node_) END,
participantIds: CASE WHEN parts_.participantIds THEN @meeting-participant-ids(node_) END,
evidence: CASE WHEN parts_.evidence THEN @meeting-evidence(node_) END,
tripStopIds: CASE WHEN parts_.tripStopIds THEN @meeting-trip-stop-ids(node_) END
