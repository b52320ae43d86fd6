/**
 * A production configuration that starts: tests spread it and change one thing. The values are
 * fixed so a failure is reproducible; they protect nothing (tests only).
 */
export const TEST_AUTH_SECRET = "Yv6S-L_V2UYO2rdb34BhRBs2pqY6a5VOzRB5Kf2p4Ct3YbTU";
export const TEST_STAFF_TOTP_KEY = "5QiIgj0MrEhGD6s9FqtcQLCWPpgI/g14iiWA0fsKIXw=";
export const TEST_STAFF_TOTP_KEY_2 = "iPnrhzraAW7Mk6CFXgEbvU0zImmtc0Wm+1cIkWU85sI=";

export const productionEnv = {
  NODE_ENV: "production",
  AUTH_SECRET: TEST_AUTH_SECRET,
  STAFF_TOTP_KEY: TEST_STAFF_TOTP_KEY,
  TENANT_HOSTS: "polo=ebok.example.pl",
} as const;
