/** Entra's password complexity for cloud accounts: 8–256 characters, at least 3 of 4 character classes. */
export function isComplexPassword(password: string): boolean {
  if (password.length < 8 || password.length > 256) return false;
  const classes = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^a-zA-Z0-9]/u].filter((re) => re.test(password)).length;
  return classes >= 3;
}
