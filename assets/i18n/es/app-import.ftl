# app-import
