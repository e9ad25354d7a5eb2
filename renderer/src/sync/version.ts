/** The app version sent with enrolment and every push; keep equal to package.json's `version`. */
export const APP_VERSION = '0.1.0';
