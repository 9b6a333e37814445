/**
 * Quota windows are calendar minutes: a test that counts within one minute
 * starts early in a minute, so its burst cannot straddle two.
 */
export async function awayFromMinuteEnd(maxSecond = 30): Promise<void> {
  const second = new Date().getUTCSeconds();
  if (second > maxSecond) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}
