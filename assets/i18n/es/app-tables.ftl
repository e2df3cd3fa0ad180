# app-tables
