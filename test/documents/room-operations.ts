/** The workshop room's operations, as the document tests drive a workshop through it before printing its record. */
export const ROOM_OPERATIONS = {
  start: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id version } }`,
  end: `mutation($input: WorkshopVersionInput!) { endWorkshop(input: $input) { id status } }`,
  openJoining: `mutation($input: WorkshopJoiningInput!) { openWorkshopJoining(input: $input) { code } }`,
  join: `mutation($input: JoinWorkshopInput!) { joinWorkshop(input: $input) { pass } }`,
  note: `mutation($input: GuestNoteInput!) { addGuestNote(input: $input) { id } }`,
  capture: `mutation($input: CaptureWorkshopOutputsInput!) { captureWorkshopOutputs(input: $input) { id version kind text } }`,
  convert: `mutation($input: ConvertWorkshopOutputInput!) { convertWorkshopOutput(input: $input) { id convertedId } }`,
  openRound: `mutation($input: OpenVoteRoundInput!) { openVoteRound(input: $input) { id version options { id label } } }`,
  vote: `mutation($input: CastVotesInput!) { castWorkshopVotes(input: $input) { id version } }`,
  closeRound: `mutation($input: CloseVoteRoundInput!) { closeVoteRound(input: $input) { id decisionOutputId } }`,
};
