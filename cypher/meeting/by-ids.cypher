// Batch: meetings with these ids; $meeting is MeetingParts.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN @meeting(m, $meeting) AS meeting
