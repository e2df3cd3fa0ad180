# app-time
