// Batch: the meetings each entity took part in, by date (undated last); $meeting is MeetingParts.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, @entity-meetings(e, $meeting, meeting) AS meetings
